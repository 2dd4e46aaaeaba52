package se.omvarldsradar.item;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Crawl state per source: conditional-GET validators and health after each attempt. */
@Service
public class SourceStates {
    private static final RowMapper<SourceHealth> ROW = (rs, n) -> new SourceHealth(rs.getString("source_id"),
            instant(rs.getObject("last_attempt", OffsetDateTime.class)),
            instant(rs.getObject("last_success", OffsetDateTime.class)), (Integer) rs.getObject("http_status", Integer.class),
            rs.getString("error"), rs.getInt("error_count"), rs.getInt("items_found"), rs.getInt("items_new"),
            rs.getInt("items_updated"), (Long) rs.getObject("duration_ms", Long.class), rs.getString("etag"),
            rs.getString("last_modified"), rs.getString("note"), instant(rs.getObject("last_new", OffsetDateTime.class)),
            rs.getInt("last_nonzero"), rs.getString("discovered_feed"));

    private final JdbcClient jdbc;

    SourceStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SourceHealth get(String sourceId) {
        return jdbc.sql("select * from source_state where source_id = ?").param(sourceId).query(ROW).optional()
                .orElse(SourceHealth.never(sourceId));
    }

    public List<SourceHealth> all() {
        return jdbc.sql("select * from source_state order by source_id").query(ROW).list();
    }

    /** Records a successful crawl (including a 304), resetting the error count. */
    @Transactional
    public void success(String sourceId, CrawlAttempt a) {
        ensure(sourceId);
        jdbc.sql("""
                update source_state set last_attempt = ?, last_success = ?, http_status = ?, error = null, error_count = 0,
                  items_found = ?, items_new = ?, items_updated = ?, duration_ms = ?, etag = coalesce(?, etag),
                  last_modified = coalesce(?, last_modified), note = ?,
                  last_new = case when ? > 0 then ? else last_new end,
                  last_nonzero = case when ? > 0 then ? else last_nonzero end,
                  discovered_feed = ? where source_id = ?""")
                .params(ts(a.at()), ts(a.at()), a.httpStatus(), a.found(), a.added(), a.updated(), a.durationMs(),
                        a.etag(), a.lastModified(), cut(a.note()), a.added(), ts(a.at()), a.found(), a.found(),
                        a.discoveredFeed(), sourceId)
                .update();
    }

    /** Records a failed crawl and counts it, for backoff and health. */
    @Transactional
    public void failure(String sourceId, Instant at, Integer httpStatus, String error, long durationMs) {
        ensure(sourceId);
        jdbc.sql("""
                update source_state set last_attempt = ?, http_status = ?, error = ?, error_count = error_count + 1,
                  items_found = 0, items_new = 0, items_updated = 0, duration_ms = ? where source_id = ?""")
                .params(ts(at), httpStatus, error == null ? "unknown error" : cut(error), durationMs, sourceId)
                .update();
    }

    private void ensure(String sourceId) {
        int n = jdbc.sql("select count(*) from source_state where source_id = ?").param(sourceId).query(Integer.class).single();
        if (n == 0) {
            jdbc.sql("insert into source_state (source_id) values (?)").param(sourceId).update();
        }
    }

    private static String cut(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
