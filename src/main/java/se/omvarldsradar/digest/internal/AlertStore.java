package se.omvarldsradar.digest.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.omvarldsradar.digest.Alert;

/** The alert table: saved searches, pending until their owner confirms the address. */
@Component
class AlertStore {
    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Alert create(String owner, String query, Map<String, List<String>> filters, String frequency, String language,
            Instant now) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        jdbc.sql("insert into alert (id, owner_email, query, filters, frequency, language, created) values (?,?,?,?,?,?,?)")
                .params(id, owner.toLowerCase(Locale.ROOT), query, encode(filters), frequency, language, now.atOffset(ZoneOffset.UTC))
                .update();
        return find(id).orElseThrow();
    }

    Optional<Alert> find(String id) {
        return jdbc.sql("select * from alert where id = ?").param(id).query(AlertStore::row).optional();
    }

    List<Alert> byOwner(String owner) {
        return jdbc.sql("select * from alert where owner_email = ? order by created").param(owner.toLowerCase(Locale.ROOT))
                .query(AlertStore::row).list();
    }

    int pendingOf(String owner) {
        return jdbc.sql("select count(*) from alert where owner_email = ? and confirmed is null")
                .param(owner.toLowerCase(Locale.ROOT)).query(Integer.class).single();
    }

    List<Alert> active() {
        return jdbc.sql("select * from alert where confirmed is not null order by created").query(AlertStore::row).list();
    }

    boolean confirm(String id, Instant now) {
        return jdbc.sql("update alert set confirmed = ? where id = ? and confirmed is null")
                .params(now.atOffset(ZoneOffset.UTC), id).update() > 0;
    }

    boolean delete(String id) {
        return jdbc.sql("delete from alert where id = ?").param(id).update() > 0;
    }

    private static Alert row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime confirmed = rs.getObject("confirmed", OffsetDateTime.class);
        return new Alert(rs.getString("id"), rs.getString("owner_email"), rs.getString("query"), decode(rs.getString("filters")),
                rs.getString("frequency"), rs.getString("language"), rs.getObject("created", OffsetDateTime.class).toInstant(),
                confirmed != null);
    }

    /** Filters as a URL query string: {@code sector=logistics&kind=call}. */
    static String encode(Map<String, List<String>> filters) {
        List<String> parts = new ArrayList<>();
        filters.forEach((f, values) -> values.forEach(v -> parts.add(enc(f) + "=" + enc(v))));
        return String.join("&", parts);
    }

    static Map<String, List<String>> decode(String query) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (query != null && !query.isBlank()) {
            for (String part : query.split("&")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    filters.computeIfAbsent(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8), k -> new ArrayList<>())
                            .add(URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return filters;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
