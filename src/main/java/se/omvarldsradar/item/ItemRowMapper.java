package se.omvarldsradar.item;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.RowMapper;

import se.omvarldsradar.item.internal.ItemReader;

/** Reads an item row; package-private bridge to the internal mapping. */
final class ItemRowMapper implements RowMapper<Item> {
    static final ItemRowMapper INSTANCE = new ItemRowMapper();

    @Override
    public Item mapRow(ResultSet rs, int rowNum) throws SQLException {
        return ItemReader.item(rs);
    }
}
