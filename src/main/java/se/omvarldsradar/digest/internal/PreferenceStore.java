package se.omvarldsradar.digest.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The choices contacts made on the preferences page, kept over feeds.yml; null means "as in feeds.yml". */
@Component
class PreferenceStore {
    private final JdbcClient jdbc;

    PreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One contact's overrides. */
    record Override(String frequency, List<String> sectors, List<String> focus, List<String> kinds) {
    }

    Map<String, Override> all() {
        Map<String, Override> all = new HashMap<>();
        jdbc.sql("select contact_email, frequency, sectors, focus, kinds from contact_preference")
                .query(rs -> {
                    all.put(rs.getString(1), new Override(rs.getString(2), list(rs.getString(3)), list(rs.getString(4)),
                            list(rs.getString(5))));
                });
        return all;
    }

    Optional<Override> find(String email) {
        return Optional.ofNullable(all().get(email.toLowerCase(Locale.ROOT)));
    }

    @Transactional
    void save(String email, Override o, Instant now) {
        String key = email.toLowerCase(Locale.ROOT);
        jdbc.sql("delete from contact_preference where contact_email = ?").param(key).update();
        jdbc.sql("insert into contact_preference (contact_email, frequency, sectors, focus, kinds, updated) values (?,?,?,?,?,?)")
                .params(key, o.frequency(), join(o.sectors()), join(o.focus()), join(o.kinds()), now.atOffset(ZoneOffset.UTC))
                .update();
    }

    private static List<String> list(String csv) {
        return csv == null ? null : Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).toList();
    }

    private static String join(List<String> list) {
        return list == null ? null : String.join(",", list);
    }
}
