package se.omvarldsradar.item.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import se.omvarldsradar.item.Item;

/** Public entry to the row mapping for the module's own API classes. */
public final class ItemReader {
    private ItemReader() {
    }

    public static Item item(ResultSet rs) throws SQLException {
        return ItemRows.item(rs, 0);
    }
}
