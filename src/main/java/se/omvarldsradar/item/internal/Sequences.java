package se.omvarldsradar.item.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The item change sequence, read the way the database in use spells it. */
@Component
class Sequences {
    private final JdbcClient jdbc;
    private final String nextValues;

    Sequences(DataSource dataSource, JdbcClient jdbc) throws SQLException {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        }
        this.jdbc = jdbc;
        this.nextValues = product.contains("postgres")
                ? "select nextval('item_change_seq') from generate_series(1, ?)"
                : "select next value for item_change_seq from system_range(1, ?)";
    }

    long nextChange() {
        return nextChanges(1)[0];
    }

    /** The next {@code n} change sequence values, ascending, in one round trip. */
    long[] nextChanges(int n) {
        if (n == 0) {
            return new long[0];
        }
        long[] values = jdbc.sql(nextValues).param(n).query(Long.class).list().stream().mapToLong(Long::longValue)
                .sorted().toArray();
        if (values.length != n) {
            throw new IllegalStateException("asked the sequence for " + n + " values, got " + values.length);
        }
        return values;
    }
}
