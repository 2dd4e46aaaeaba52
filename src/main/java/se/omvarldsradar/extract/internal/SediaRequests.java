package se.omvarldsradar.extract.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.SourceRequest;

/**
 * Requests to the EU Funding &amp; Tenders search API: a multipart POST with the parts {@code query} (an
 * Elasticsearch-like JSON filter), {@code languages} and optionally {@code sort}; paging in the URL. The API
 * answers GET with 405 and pages no further than 10,000 results.
 */
final class SediaRequests {
    /** Open and forthcoming grants, calls for proposals and cascade-funding calls. */
    static final Map<String, Object> DEFAULT_QUERY = Map.of("bool", Map.of("must", List.of(
            Map.of("terms", Map.of("type", List.of("1", "2", "8"))),
            Map.of("terms", Map.of("status", List.of("31094501", "31094502"))))));
    static final int MAX_RESULTS = 10_000;
    static final int DEFAULT_PAGE_SIZE = 100;
    // Fixed, so a request is a pure function of the source (and comparable in tests).
    private static final String BOUNDARY = "omvarldsradar-7d1f3c2a9b";
    private static final JsonMapper JSON = JsonMapper.shared();

    private SediaRequests() {
    }

    static SourceRequest page(SourceDefinition source, int pageNumber) {
        String text = source.option("text") == null ? "***" : source.option("text");
        URI url = URI.create(source.url() + (source.url().getQuery() == null ? "?" : "&") + "apiKey=SEDIA&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&pageSize=" + pageSize(source) + "&pageNumber="
                + pageNumber);
        StringBuilder body = new StringBuilder();
        part(body, "query", json(source.options().getOrDefault("query", DEFAULT_QUERY)));
        part(body, "languages", json(source.options().getOrDefault("languages", List.of("en"))));
        if (source.options().get("sort") != null) {
            part(body, "sort", json(source.options().get("sort")));
        }
        body.append("--").append(BOUNDARY).append("--\r\n");
        return SourceRequest.post(url, body.toString().getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=" + BOUNDARY);
    }

    static int pageSize(SourceDefinition source) {
        return Math.clamp(number(source, "pageSize", DEFAULT_PAGE_SIZE), 1, 100);
    }

    static int maxPages(SourceDefinition source) {
        return Math.max(1, number(source, "maxPages", MAX_RESULTS / pageSize(source)));
    }

    private static int number(SourceDefinition source, String key, int otherwise) {
        String raw = source.option(key);
        try {
            return raw == null ? otherwise : Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new ExtractionException("option " + key + " must be a whole number, not '" + raw + "'");
        }
    }

    /** The option as JSON: a YAML map or list is written as JSON, a string is taken to be JSON already. */
    private static String json(Object option) {
        if (option instanceof String s) {
            return s.strip();
        }
        try {
            return JSON.writeValueAsString(option);
        } catch (JacksonException e) {
            throw new ExtractionException("option cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private static void part(StringBuilder body, String name, String json) {
        body.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"blob\"\r\n")
                .append("Content-Type: application/json\r\n\r\n").append(json).append("\r\n");
    }
}
