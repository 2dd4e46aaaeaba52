package se.omvarldsradar.extract.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.ExtractionResult;
import se.omvarldsradar.extract.Extractor;
import se.omvarldsradar.extract.SourceRequest;

/**
 * The EU Funding &amp; Tenders portal's search API: one item per topic identifier, however many language
 * copies the page holds, and the next page as {@link ExtractionResult#next()} until the results are covered.
 */
@Component
class EuFundingTendersExtractor implements Extractor {
    private static final JsonMapper JSON = JsonMapper.shared();

    @Override
    public String type() {
        return "eu-funding-tenders";
    }

    @Override
    public SourceRequest firstRequest(SourceDefinition source) {
        return SediaRequests.page(source, 1);
    }

    @Override
    public ExtractionResult extract(Document document, SourceDefinition source) {
        JsonNode root = parse(Charsets.decode(document.body(), document.contentType()));
        JsonNode results = root.path("results");
        if (!results.isArray()) {
            throw new ExtractionException("JSON without 'results': not an answer of the Funding & Tenders search API");
        }
        Map<String, JsonNode> best = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String id = SediaTopic.identifier(r);
            if (id != null && !id.isBlank()) {
                best.merge(id.strip(), r, (kept, other) -> SediaTopic.rank(other) > SediaTopic.rank(kept) ? other : kept);
            }
        }
        List<ExtractedItem> items = best.values().stream().map(SediaTopic::item).toList();
        return paging(ExtractionResult.of(items), root, results.size(), source);
    }

    private static ExtractionResult paging(ExtractionResult result, JsonNode root, int returned, SourceDefinition source) {
        long total = root.path("totalResults").asLong(0);
        int page = Math.max(1, root.path("pageNumber").asInt(1));
        int size = Math.max(1, root.path("pageSize").asInt(SediaRequests.pageSize(source)));
        long reachable = Math.min(total, SediaRequests.MAX_RESULTS);
        List<String> warnings = new ArrayList<>();
        if (page == 1 && total > SediaRequests.MAX_RESULTS) {
            warnings.add("the query matches " + total + " results but the API pages through only the first "
                    + SediaRequests.MAX_RESULTS + "; narrow the query (for example by date windows)");
        }
        boolean more = returned > 0 && (long) page * size < reachable;
        if (more && page >= SediaRequests.maxPages(source)) {
            warnings.add("stopped after maxPages=" + SediaRequests.maxPages(source) + " pages of " + size + " of "
                    + total + " results");
            more = false;
        }
        for (String w : warnings) {
            result = result.withWarning(w);
        }
        return more ? result.withNext(SediaRequests.page(source, page + 1)) : result;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new ExtractionException("not JSON, so not an answer of the Funding & Tenders search API: "
                    + e.getOriginalMessage(), e);
        }
    }
}
