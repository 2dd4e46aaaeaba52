package se.omvarldsradar.item;

import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.omvarldsradar.support.PostgresServer;

/** The batch store on a real PostgreSQL (its own sequence syntax, batched statements and constraints). */
@SpringBootTest
@ActiveProfiles("postgres")
class ItemStorePostgresTests extends ItemStoreContract {
    static PostgresServer postgres;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        postgres = PostgresServer.start();
        common(registry, Files.createTempDirectory("radar-store-pg"));
        registry.add("spring.datasource.url", postgres::jdbcUrl);
        registry.add("spring.datasource.username", postgres::user);
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
