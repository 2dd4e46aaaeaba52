package se.omvarldsradar.item.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** The item change sequence, read the way the database in use spells it. */
@Component
class Sequences {
    private final DataFieldMaxValueIncrementer changeSeq;

    Sequences(DataSource dataSource) throws SQLException {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        }
        this.changeSeq = product.contains("postgres")
                ? new PostgresSequenceMaxValueIncrementer(dataSource, "item_change_seq")
                : new H2SequenceMaxValueIncrementer(dataSource, "item_change_seq");
    }

    long nextChange() {
        return changeSeq.nextLongValue();
    }
}
