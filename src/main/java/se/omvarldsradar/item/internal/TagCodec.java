package se.omvarldsradar.item.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.classify.Tags.Tag;

/** Stores tag explanations as lines {@code S|category|score|term;term} (S sector, F focus). */
final class TagCodec {
    private TagCodec() {
    }

    static String encode(Tags tags) {
        StringBuilder sb = new StringBuilder();
        tags.sectors().forEach(t -> line(sb, "S", t));
        tags.focus().forEach(t -> line(sb, "F", t));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String kind, Tag t) {
        sb.append(kind).append('|').append(t.category()).append('|')
                .append(String.format(Locale.ROOT, "%.2f", t.score())).append('|')
                .append(String.join(";", t.because().stream().map(b -> b.replace('|', ' ').replace(';', ',')
                        .replace('\n', ' ')).toList()))
                .append('\n');
    }

    static Tags decode(String language, String encoded, String sectors, String focus) {
        List<Tag> s = new ArrayList<>();
        List<Tag> f = new ArrayList<>();
        if (encoded != null && !encoded.isBlank()) {
            for (String line : encoded.split("\n")) {
                String[] p = line.split("\\|", -1);
                if (p.length < 4) {
                    continue;
                }
                Tag t = new Tag(p[1], Double.parseDouble(p[2]), p[3].isEmpty() ? List.of() : Arrays.asList(p[3].split(";")));
                (p[0].equals("S") ? s : f).add(t);
            }
        } else {
            split(sectors).forEach(c -> s.add(new Tag(c, 0, List.of())));
            split(focus).forEach(c -> f.add(new Tag(c, 0, List.of())));
        }
        return new Tags(language, s, f);
    }

    static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }
}
