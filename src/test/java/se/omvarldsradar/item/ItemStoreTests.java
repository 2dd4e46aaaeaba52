package se.omvarldsradar.item;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The batch store on the embedded H2 database. */
@SpringBootTest
class ItemStoreTests extends ItemStoreContract {
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        common(registry, Files.createTempDirectory("radar-store"));
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:store;DB_CLOSE_DELAY=-1");
    }
}
