package se.omvarldsradar.item;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.omvarldsradar.support.PostgresServer;
import se.omvarldsradar.support.TestFeeds;

/** The batch store on a real PostgreSQL (its own sequence syntax, batched statements and constraints). */
// Declared before @SpringBootTest, so that its afterAll runs after Spring's has closed the application.
@ExtendWith(ItemStorePostgresTests.StopPostgres.class)
@SpringBootTest
@ActiveProfiles("postgres")
@DirtiesContext
class ItemStorePostgresTests extends ItemStoreContract {
    static PostgresServer postgres;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        postgres = PostgresServer.start();
        common(registry, TestFeeds.tempDir("radar-store-pg"));
        registry.add("spring.datasource.url", postgres::jdbcUrl);
        registry.add("spring.datasource.username", postgres::user);
        registry.add("spring.datasource.password", () -> "");
    }

    /** Stops the database once the application that used it is closed. */
    static final class StopPostgres implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
