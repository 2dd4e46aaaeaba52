package se.omvarldsradar.item;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.omvarldsradar.support.TestFeeds;

/** The batch store on the embedded H2 database. */
@SpringBootTest
class ItemStoreTests extends ItemStoreContract {
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        common(registry, TestFeeds.tempDir("radar-store"));
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:store;DB_CLOSE_DELAY=-1");
    }
}
