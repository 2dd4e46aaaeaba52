package se.omvarldsradar.extract.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Names of the EU Funding &amp; Tenders portal's frameworkProgramme codes (data in eu-programmes.properties). */
final class Programmes {
    private static final Properties NAMES = load();

    private Programmes() {
    }

    /** The programme's name for a code ("43108390" → "Horizon Europe (HORIZON)"); other values as given. */
    static String name(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        return NAMES.getProperty(codeOrName.strip(), codeOrName.strip());
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Programmes.class.getResourceAsStream("eu-programmes.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
