package se.omvarldsradar.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.CallDetails.CallStatus;
import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.ExtractionException;
import se.omvarldsradar.extract.ExtractionResult;
import se.omvarldsradar.extract.Samples;
import se.omvarldsradar.extract.SourceRequest;
import se.omvarldsradar.extract.Sources;

class EuFundingTendersExtractorTests {
    private static final String API = "https://api.tech.ec.europa.eu/search-api/prod/rest/search";
    private static final String TOPIC = "HORIZON-CL4-2025-04-DATA-03";

    private final EuFundingTendersExtractor extractor = new EuFundingTendersExtractor();
    private final SourceDefinition source = Sources.of("eu-funding-tenders", API, Map.of());

    private ExtractionResult extract(byte[] body) {
        return extractor.extract(new Document(URI.create(API), "application/json", body), source);
    }

    private ExtractionResult sample(String name) {
        return extract(Samples.bytes("sedia/NMMonteiro_eu-projects-apps/" + name));
    }

    @Test
    void readsOneItemPerTopicFromTheEnglishTopicRecord() {
        ExtractionResult r = sample("search-api_text-AI_page1_size5_pretty.json");

        ExtractedItem item = r.items().getFirst();
        assertThat(r.items()).hasSize(1);
        assertThat(item.guid()).isEqualTo(TOPIC);
        assertThat(item.url()).isEqualTo(SediaTopic.TOPIC_PAGE + TOPIC);
        assertThat(item.title()).startsWith("Software Engineering for AI and generative AI (RIA)");
        assertThat(item.language()).isEqualTo("en");
        assertThat(item.content()).contains("Expected Outcome:").doesNotContain("<").doesNotContain("&lt;");
        assertThat(item.keywords()).contains("Cloud Services", "AI compute").doesNotContain(TOPIC, "HORIZON-CL4-2025-04");
        CallDetails call = item.call();
        assertThat(call.callId()).isEqualTo(TOPIC);
        assertThat(call.callTitle()).startsWith("HORIZON-CL4-2025-04 – ");
        assertThat(call.programme()).isEqualTo("Horizon Europe (HORIZON)");
        assertThat(call.actionType()).isEqualTo("HORIZON Research and Innovation Actions");
        assertThat(call.status()).isEqualTo(CallStatus.CLOSED);
        assertThat(call.opening()).isEqualTo(Instant.parse("2025-06-10T00:00:00Z"));
        assertThat(call.deadlines()).containsExactly(Instant.parse("2025-10-02T00:00:00Z"));
        assertThat(call.budgetAmount()).isEqualTo(15_000_000L);
        assertThat(call.budgetCurrency()).isEqualTo("EUR");
    }

    @Test
    void readsTheSameAnswerSavedAsUtf16WithByteOrderMark() {
        ExtractionResult r = sample("search-api_text-AI_page1_size10_UTF16LE-BOM.json");

        assertThat(r.items()).extracting(ExtractedItem::guid).containsExactly(TOPIC, "HORIZON-JU-EUROHPC-2025-INCO-01");
        assertThat(r.items().getFirst().title()).startsWith("Software Engineering for AI");
        assertThat(r.items().getFirst().call().budgetAmount()).isEqualTo(15_000_000L);
    }

    @Test
    void keepsTopicsKnownOnlyFromNewsRecords() {
        ExtractionResult r = sample("search-api_text-HORIZON-CL4-2025-04-DATA-03_size10.json");

        assertThat(r.items()).hasSize(10).allSatisfy(i -> {
            assertThat(i.url()).startsWith(SediaTopic.TOPIC_PAGE).doesNotEndWith(".json");
            assertThat(i.call().callId()).isEqualTo(i.guid());
        });
        assertThat(r.items()).filteredOn(i -> i.guid().equals("HORIZON-CL4-2025-03-HUMAN-16")).singleElement()
                .satisfies(i -> assertThat(i.call().programme()).isEqualTo("HORIZON"));
    }

    @Test
    void asksForTheNextPageUntilTheResultsAreCoveredAndWarnsPastTenThousand() {
        ExtractionResult first = sample("search-api_text-AI_page1_size5_pretty.json");

        assertThat(first.next()).isEqualTo(SediaRequests.page(source, 2));
        assertThat(first.warnings()).singleElement().asString().contains("21030").contains("narrow the query");
        assertThat(extract(answer(250, 2, 100)).next()).isEqualTo(SediaRequests.page(source, 3));
        assertThat(extract(answer(250, 3, 100)).next()).isNull();
        assertThat(extract(answer(50_000, 100, 100)).next()).isNull();
        assertThat(extract(answer(0, 1, 100)).items()).isEmpty();
    }

    @Test
    void stopsAtMaxPagesWithAWarning() {
        SourceDefinition capped = Sources.of("eu-funding-tenders", API, Map.of("maxPages", "2", "pageSize", "50"));

        ExtractionResult r = extractor.extract(new Document(URI.create(API), "application/json", answer(500, 2, 50)), capped);

        assertThat(r.next()).isNull();
        assertThat(r.warnings()).singleElement().asString().contains("maxPages=2");
    }

    @Test
    void firstRequestIsAMultipartPostWithQueryAndLanguages() {
        SourceRequest request = extractor.firstRequest(source);

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.url().toString()).isEqualTo(API + "?apiKey=SEDIA&text=***&pageSize=100&pageNumber=1");
        assertThat(request.contentType()).startsWith("multipart/form-data; boundary=");
        String body = new String(request.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("name=\"query\"").contains("\"31094502\"").contains("\"terms\"")
                .contains("name=\"languages\"").contains("[\"en\"]").doesNotContain("name=\"sort\"");
    }

    @Test
    void sendsTheQueryAndSortOfTheSource() {
        SourceDefinition custom = Sources.of("eu-funding-tenders", API, Map.of(
                "query", Map.of("bool", Map.of("must", List.of(Map.of("terms", Map.of("frameworkProgramme",
                        List.of("43252405")))))),
                "sort", "{\"field\":\"sortStatus\",\"order\":\"ASC\"}", "text", "climate adaptation"));

        SourceRequest request = extractor.firstRequest(custom);

        String body = new String(request.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("{\"bool\":{\"must\":[{\"terms\":{\"frameworkProgramme\":[\"43252405\"]}}]}}")
                .contains("name=\"sort\"").contains("\"sortStatus\"");
        assertThat(request.url().getRawQuery()).contains("text=climate+adaptation");
    }

    @Test
    void failsClearlyOnJsonThatIsNotASearchAnswer() {
        assertThatThrownBy(() -> extract(Samples.bytes("sedia/codes/facet-api_values_extract_2026-08-22.json")))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("results");
        assertThatThrownBy(() -> extract("<html></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("not JSON");
    }

    private static byte[] answer(long total, int page, int size) {
        String result = total == 0 ? "" : """
                {"language":"en","metadata":{"identifier":["LIFE-2026-SAP-ENV"],"type":["1"],"title":["Nature"],
                 "status":["31094502"],"deadlineDate":["2026-09-23T00:00:00.000+0000","2027-03-02T00:00:00.000+0000"],
                 "frameworkProgramme":["43252405"]}}""";
        return ("{\"totalResults\":" + total + ",\"pageNumber\":" + page + ",\"pageSize\":" + size + ",\"results\":["
                + result + "]}").getBytes(StandardCharsets.UTF_8);
    }
}
