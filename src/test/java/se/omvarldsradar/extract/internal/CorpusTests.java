package se.omvarldsradar.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.ExtractionResult;
import se.omvarldsradar.extract.Samples;
import se.omvarldsradar.extract.Sources;

/**
 * Every real-world feed and portal-API sample, read in place: nothing but ExtractionException escapes, feeds
 * give entries, search answers give topics.
 */
class CorpusTests {
    private static final Pattern EXPECT = Pattern.compile("Expect:\\s*(.*)");
    private static final Pattern HEADER = Pattern.compile("Header:\\s*Content-type:\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTRY = Pattern.compile("<(\\w+:)?(item|entry)[\\s>/]");
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!]");

    private final FeedExtractor extractor = new FeedExtractor();
    private final EuFundingTendersExtractor portal = new EuFundingTendersExtractor();

    @Test
    void readsAtLeastNinetyFivePercentOfTheFeedsThatHaveEntries() throws IOException {
        List<Path> files = Samples.filesUnder("feeds");
        int withEntries = 0;
        int read = 0;
        List<String> missed = new ArrayList<>();
        for (Path file : files) {
            byte[] body = Files.readAllBytes(file);
            String head = new String(body, StandardCharsets.ISO_8859_1);
            String ascii = head.replace("\0", "");
            boolean expectsEntries = expectsEntries(file, ascii);
            List<ExtractedItem> items = List.of();
            try {
                items = extract(file, body, contentType(ascii)).items();
            } catch (ExtractionException e) {
                if (expectsEntries) {
                    missed.add(Samples.root().relativize(file) + ": " + e.getMessage());
                }
                continue;
            } catch (RuntimeException e) {
                fail("%s threw %s, not ExtractionException", file, e);
            }
            if (expectsEntries) {
                withEntries++;
                if (!items.isEmpty()) {
                    read++;
                } else {
                    missed.add(Samples.root().relativize(file) + ": no entries");
                }
            }
        }
        withEntries += missed.stream().filter(m -> !m.endsWith("no entries")).count();
        double share = 100.0 * read / withEntries;
        System.out.printf("feed corpus: %d files, %d are feeds with entries, %d read with >= 1 entry (%.1f%%)%n",
                files.size(), withEntries, read, share);
        missed.forEach(m -> System.out.println("  missed " + m));
        assertThat(share).as("share of feeds with entries that yield entries").isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void leavesNothingOfHostileMarkupInTheText() throws IOException {
        for (Path file : Samples.filesUnder("feeds/feedparser/wellformed/sanitize")) {
            ExtractionResult r;
            try {
                r = extract(file, Files.readAllBytes(file), null);
            } catch (ExtractionException e) {
                continue;
            }
            for (ExtractedItem i : r.items()) {
                for (String text : new String[] {i.title(), i.summary(), i.content()}) {
                    if (text != null) {
                        assertThat(text).as(file.toString()).doesNotContainPattern(MARKUP)
                                .doesNotContain("location.href");
                    }
                }
                assertThat(i.url()).as(file.toString()).satisfiesAnyOf(u -> assertThat(u).isNull(),
                        u -> assertThat(u).startsWith("http"));
            }
        }
    }

    @Test
    void readsEveryPortalSampleOrSaysWhyNot() throws IOException {
        int answers = 0;
        for (Path file : Samples.filesUnder("sedia")) {
            Document doc = new Document(URI.create("https://api.tech.ec.europa.eu/search-api/prod/rest/search"),
                    "application/json", Files.readAllBytes(file));
            try {
                ExtractionResult r = portal.extract(doc, Sources.of("eu-funding-tenders", doc.url().toString(), java.util.Map.of()));
                System.out.printf("portal sample %s: %d topics%n", file.getFileName(), r.items().size());
                assertThat(r.items()).isNotEmpty().allSatisfy(i -> assertThat(i.call().callId()).isEqualTo(i.guid()));
                answers++;
            } catch (ExtractionException e) {
                System.out.printf("portal sample %s: not read (%s)%n", file.getFileName(), e.getMessage());
            } catch (RuntimeException e) {
                fail("%s threw %s, not ExtractionException", file, e);
            }
        }
        assertThat(answers).as("search API answers read").isEqualTo(4);
    }

    private ExtractionResult extract(Path file, byte[] body, String contentType) {
        return extractor.extract(new Document(URI.create("https://example.org/" + file.getFileName()), contentType, body),
                Sources.feed());
    }

    /** feedparser's cases say what they test; the other corpora are real feeds, judged by their elements. */
    private static boolean expectsEntries(Path file, String text) {
        if (file.toString().contains("/feedparser/")) {
            Matcher m = EXPECT.matcher(text);
            return m.find() && m.group(1).contains("entries[");
        }
        String name = file.getFileName().toString();
        return !name.endsWith(".json") && !text.contains("<opml") && ENTRY.matcher(text).find();
    }

    private static String contentType(String text) {
        Matcher m = HEADER.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }
}
