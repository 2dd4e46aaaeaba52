package se.omvarldsradar;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 database open until the service has stopped. H2 closes its open databases from a JVM
 * shutdown hook of its own, which runs side by side with Spring's: on SIGTERM (systemd, {@code docker stop}, Ctrl-C)
 * it closed the database under what the graceful shutdown lets finish, such as a crawl's store or a digest's "sent"
 * mark, and under the event registry. {@code DB_CLOSE_ON_EXIT=FALSE} would say so in the URL, but H2 refuses it
 * together with {@code AUTO_SERVER=TRUE}, which lets a CLI run share the file with a running server. So H2's hook
 * is taken out once the database is open; the database then closes when the connection pool does, at the end of
 * Spring's shutdown. A process killed with -9 runs no hook either way; its commits are on disk
 * ({@code WRITE_DELAY=0}). PostgreSQL, and H2 in memory or over TCP, are left alone.
 */
@Component
class EmbeddedDatabaseShutdown implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseShutdown.class);
    private static final String H2_HOOK_HOLDER = "org.h2.engine.OnExitDatabaseCloser";

    private final DataSource dataSource;

    EmbeddedDatabaseShutdown(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String url;
        try (Connection c = dataSource.getConnection()) { // opens the database, which registers H2's hook
            url = c.getMetaData().getURL();
        } catch (SQLException e) {
            return; // the service's own start reports a database it cannot open
        }
        if (embeddedFile(url)) {
            removeH2Hook();
        }
    }

    static boolean embeddedFile(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length());
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }

    private static void removeH2Hook() {
        try {
            Field instance = Class.forName(H2_HOOK_HOLDER).getDeclaredField("INSTANCE");
            instance.setAccessible(true);
            Runtime.getRuntime().removeShutdownHook((Thread) instance.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Could not take out H2's shutdown hook ({}); on SIGTERM the database may close before the service"
                    + " has stopped", e.toString());
        }
    }
}
