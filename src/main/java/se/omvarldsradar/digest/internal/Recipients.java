package se.omvarldsradar.digest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.omvarldsradar.config.Contact;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.Frequency;
import se.omvarldsradar.config.ItemKind;
import se.omvarldsradar.digest.Alert;

/** Everyone digests go to: the contacts of feeds.yml with their own choices applied, and the confirmed alerts. */
@Component
class Recipients {
    private final CurrentConfig config;
    private final PreferenceStore preferences;
    private final AlertStore alerts;

    Recipients(CurrentConfig config, PreferenceStore preferences, AlertStore alerts) {
        this.config = config;
        this.preferences = preferences;
        this.alerts = alerts;
    }

    List<Recipient> all() {
        Map<String, PreferenceStore.Override> overrides = preferences.all();
        List<Recipient> all = new ArrayList<>();
        config.get().contacts().forEach(c -> all.add(Recipient.contact(apply(c, overrides.get(c.email().toLowerCase(Locale.ROOT))))));
        alerts.active().forEach(a -> all.add(of(a)));
        return all;
    }

    /** A contact from feeds.yml with their preferences applied. */
    Optional<Recipient> contact(String email) {
        return config.get().contact(email).map(c -> Recipient.contact(apply(c, preferences.find(email).orElse(null))));
    }

    Optional<Recipient> byKey(String key) {
        if (key.startsWith(Recipient.ALERT)) {
            return alerts.find(key.substring(Recipient.ALERT.length())).filter(Alert::confirmed).map(Recipients::of);
        }
        return contact(key);
    }

    static Recipient of(Alert a) {
        Frequency f = Frequency.parse(a.frequency()).orElse(Frequency.daily(java.time.LocalTime.of(7, 0)));
        Contact owner = new Contact("", a.ownerEmail(), a.ownerEmail(), a.language(), List.of(), List.of(), List.of(),
                List.of(), List.of(), f, 0, false);
        return new Recipient(Recipient.ALERT + a.id(), owner, new Recipient.SavedSearch(a.id(), a.query(), a.filters()));
    }

    static Contact apply(Contact c, PreferenceStore.Override o) {
        if (o == null) {
            return c;
        }
        return c.with(o.frequency() == null ? c.frequency() : Frequency.parse(o.frequency()).orElse(c.frequency()),
                o.sectors() == null ? c.sectors() : o.sectors(), o.focus() == null ? c.focus() : o.focus(),
                o.kinds() == null ? c.kinds() : o.kinds().stream().map(ItemKind::of).toList());
    }
}
