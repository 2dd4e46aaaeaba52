package se.omvarldsradar.item.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;

import se.omvarldsradar.config.ItemKind;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.item.Item;

/** Maps item rows and converts the values stored in them. */
final class ItemRows {
    static final RowMapper<Item> ITEM = ItemRows::item;

    private ItemRows() {
    }

    static Item item(ResultSet rs, int row) throws SQLException {
        CallDetails call = null;
        List<Instant> deadlines = instants(rs.getString("deadlines"));
        String callStatus = rs.getString("call_status");
        if (rs.getString("call_id") != null || rs.getString("programme") != null || !deadlines.isEmpty()
                || callStatus != null || rs.getObject("budget_amount") != null) {
            call = new CallDetails(rs.getString("call_id"), rs.getString("call_title"), rs.getString("programme"),
                    rs.getString("action_type"), callStatus == null ? null : CallDetails.CallStatus.valueOf(callStatus),
                    instant(rs, "opening"), deadlines, (Long) rs.getObject("budget_amount", Long.class),
                    rs.getString("budget_currency"));
        }
        return new Item(rs.getString("id"), ItemKind.of(rs.getString("kind")), rs.getString("source_id"),
                rs.getString("url"), rs.getString("title"), rs.getString("summary"), rs.getString("content"),
                rs.getString("language"), instant(rs, "published"), instant(rs, "first_seen"),
                instant(rs, "last_changed"), rs.getString("status"), TagCodec.split(rs.getString("keywords")), call,
                TagCodec.decode(rs.getString("language"), rs.getString("tag_explanation"), rs.getString("sectors"),
                        rs.getString("focus")),
                rs.getLong("seq"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static String instants(List<Instant> list) {
        return list == null || list.isEmpty() ? null
                : String.join(",", list.stream().map(Instant::toString).toList());
    }

    static List<Instant> instants(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(Instant::parse).toList();
    }
}
