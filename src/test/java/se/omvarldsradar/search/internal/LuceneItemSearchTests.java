package se.omvarldsradar.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.omvarldsradar.item.Item;
import se.omvarldsradar.search.InvalidQueryException;
import se.omvarldsradar.search.SearchHit;
import se.omvarldsradar.search.SearchPage;
import se.omvarldsradar.search.SearchQuery;

/** Searching a small in-memory index: facets, date ranges, deadline order, suggestions, more like this. */
class LuceneItemSearchTests {
    static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    LuceneIndex index;
    LuceneItemSearch search;

    @BeforeEach
    void setUp() throws IOException {
        index = new LuceneIndex(new ByteBuffersDirectory(), "test");
        search = new LuceneItemSearch(index, null, new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), Optional.of(Clock.fixed(NOW, ZoneOffset.UTC)));
        add(TestItems.call("c-soon", "Utlysning: hamnterminaler och intermodal transport",
                "Stöd till järnvägsgods, hamnar och logistikcentrum i Gävleborg.", days(-20), List.of(days(12)), "logistics"));
        add(TestItems.call("c-later", "Utlysning om gröna godsstråk", "Godstransporter på järnväg, hamnar och intermodal transport.",
                days(-40), List.of(days(-5), days(60)), "logistics", "industry"));
        add(TestItems.call("c-closed", "Stängd utlysning om besöksnäring", "Turism och evenemang.", days(-90),
                List.of(days(-30)), "hospitality"));
        add(TestItems.news("n-en", "en", "Port logistics in the Baltic", "Ports and rail freight corridors grow.",
                days(-2), "logistics"));
        add(TestItems.news("n-xss", "sv", "Evenemang <script>alert(1)</script>", "Besök <img src=x onerror=alert(1)> evenemang.",
                days(-1), "hospitality"));
        index.commit();
        index.refresh();
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    static Instant days(long n) {
        return NOW.plus(n, ChronoUnit.DAYS);
    }

    void add(Item item) throws IOException {
        index.upsert(item.id(), ItemDocuments.toDocument(item, "Källa", NOW), item.seq());
    }

    SearchPage run(String q, Map<String, List<String>> filters, String sort) {
        return search.search(new SearchQuery(q, filters, sort, 0, 20));
    }

    static List<String> ids(SearchPage p) {
        return p.hits().stream().map(SearchHit::id).toList();
    }

    static long count(SearchPage p, String facet, String value) {
        return p.facets().get(facet).stream().filter(f -> f.value().equals(value)).mapToLong(SearchPage.FacetCount::count)
                .findFirst().orElse(0);
    }

    @Test
    void aSelectedFacetKeepsTheCountsOfItsOtherValues() {
        SearchPage page = run("", Map.of("sector", List.of("hospitality")), null);
        assertThat(page.total()).isEqualTo(2);
        assertThat(count(page, "sector", "logistics")).isEqualTo(3);
        assertThat(count(page, "sector", "hospitality")).isEqualTo(2);
        assertThat(count(page, "kind", "call")).isEqualTo(1); // other facets follow the selection
        assertThat(count(page, "kind", "news")).isEqualTo(1);
    }

    @Test
    void snippetsMarkTheWordsOfPhrasesAndPrefixes() {
        SearchPage phrase = run("\"intermodal transport\"", Map.of(), null);
        assertThat(phrase.hits()).isNotEmpty();
        // c-later's body has the phrase ("Godstransporter ... intermodal transport."); its title carries no snippet.
        assertThat(phrase.hits()).anySatisfy(h -> assertThat(h.snippet()).contains("<mark>intermodal</mark> <mark>transport</mark>"));
        SearchPage prefix = run("evenem*", Map.of(), null);
        assertThat(prefix.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.snippet()).containsIgnoringCase("<mark>evenemang</mark>"));
    }

    @Test
    void refusedAndConcurrentSearchesGiveBackTheirTurn() throws Exception {
        int permits = index.concurrentSearches();
        for (int i = 0; i < permits + 2; i++) {
            assertThatThrownBy(() -> run("/regex/", Map.of(), null)).isInstanceOf(InvalidQueryException.class);
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var all = new java.util.ArrayList<java.util.concurrent.Future<SearchPage>>();
            for (int i = 0; i < 64; i++) {
                all.add(pool.submit(() -> run("hamnar", Map.of(), null)));
            }
            for (var f : all) {
                assertThat(f.get(10, java.util.concurrent.TimeUnit.SECONDS).total()).isEqualTo(2);
            }
        }
    }

    @Test
    void countsRememberedForASearchFollowTheIndexWhenItChanges() throws IOException {
        SearchPage before = run("hamnar", Map.of("sector", List.of("logistics")), null);
        assertThat(run("hamnar", Map.of("sector", List.of("logistics")), "newest").total()).isEqualTo(before.total());
        add(TestItems.news("n-new", "sv", "Nya hamnar i Gävle", "Hamnar och logistik.", days(-1), "logistics"));
        index.commit();
        index.refresh();
        SearchPage after = run("hamnar", Map.of("sector", List.of("logistics")), null);
        assertThat(after.total()).isEqualTo(before.total() + 1);
        assertThat(count(after, "sector", "logistics")).isEqualTo(count(before, "sector", "logistics") + 1);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "hamnar | c-soon c-later",
        "hamnar OR ports | c-soon c-later n-en",
        "hamnar -gröna | c-soon",
        "intermodal transport | c-soon c-later",
        "\"intermodal transport\" | c-soon c-later",
        "hamn* | c-soon c-later"})
    void everyShapeOfQueryRanksExactlyTheItemsItCountsAnUpdatedOneOnce(String q, String expected) throws IOException {
        // Each item updated: its old document is deleted, a new one added. Ranked alone or within the documents
        // found (LuceneItemSearch.foundLeadsBetter), the hits are the counted items, each once.
        for (String id : List.of("c-soon", "c-later")) {
            add(id.equals("c-soon") ? TestItems.call("c-soon", "Utlysning: hamnterminaler och intermodal transport",
                    "Stöd till järnvägsgods, hamnar och logistikcentrum.", days(-20), List.of(days(12)), "logistics")
                    : TestItems.call("c-later", "Utlysning om gröna godsstråk", "Godstransporter, hamnar och intermodal transport.",
                            days(-40), List.of(days(-5), days(60)), "logistics", "industry"));
        }
        index.commit();
        index.refresh();
        SearchPage page = run(q, Map.of(), null);
        List<String> want = List.of(expected.split(" "));
        assertThat(ids(page)).containsExactlyInAnyOrderElementsOf(want);
        assertThat(page.total()).isEqualTo(want.size());
    }

    @Test
    void browsingWithoutTextAnswersLikeTheGeneralPath() {
        LocalDate always = LocalDate.of(1900, 1, 1); // a date range takes the drill-sideways path
        for (Map<String, List<String>> filters : List.of(Map.<String, List<String>>of(), Map.of("sector", List.of("hospitality")),
                Map.of("kind", List.of("call", "news")))) {
            for (String sort : List.of("newest", "deadline")) {
                SearchPage browse = run("", filters, sort);
                SearchPage general = search.search(new SearchQuery("", filters, always, null, null, null, sort, 0, 20));
                assertThat(browse.total()).isEqualTo(general.total());
                assertThat(ids(browse)).isEqualTo(ids(general));
                assertThat(browse.facets()).isEqualTo(general.facets());
            }
        }
    }

    @Test
    void valuesOfOneFacetCombineWithOrAndFacetsWithAnd() {
        assertThat(run("", Map.of("sector", List.of("hospitality", "industry")), null).total()).isEqualTo(3);
        assertThat(run("", Map.of("sector", List.of("logistics"), "kind", List.of("news")), null).hits())
                .extracting(SearchHit::id).containsExactly("n-en");
    }

    @Test
    void filtersByPublishedAndDeadlineDays() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        var recent = search.search(new SearchQuery("", Map.of(), today.minusDays(3), today, null, null, "newest", 0, 20));
        assertThat(ids(recent)).containsExactly("n-xss", "n-en");
        var deadlines = search.search(new SearchQuery("", Map.of(), null, null, today.plusDays(50), today.plusDays(70),
                null, 0, 20));
        assertThat(ids(deadlines)).containsExactly("c-later");
        assertThatThrownBy(() -> search.search(new SearchQuery("", Map.of(), today, today.minusDays(1), null, null, null, 0, 20)))
                .isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void deadlineSortPutsOpenCallsFirstSoonestFirstThenClosedThenTheRest() {
        SearchPage page = run("", Map.of(), "deadline");
        assertThat(ids(page).subList(0, 3)).containsExactly("c-soon", "c-later", "c-closed");
        SearchHit later = page.hits().get(1);
        assertThat(later.deadline()).isEqualTo(days(60)); // the next cut-off, not the passed one
        assertThat(page.hits().get(2).status()).isEqualTo("closed");
    }

    @Test
    void findsStemmedSwedishAndEnglishWithTitleFirst() {
        assertThat(ids(run("hamnterminal", Map.of(), null))).containsExactly("c-soon");
        assertThat(ids(run("port", Map.of(), null))).containsExactly("n-en");
        assertThat(ids(run("järnväg* -intermodal", Map.of(), null))).isEmpty();
        assertThat(ids(run("gods* -hamnterminaler", Map.of(), null))).containsExactly("c-later");
    }

    @Test
    void aStopWordOfOneLanguageDoesNotHideThatLanguagesItems() {
        // "och" is a Swedish stop word but an English and a plain word: it must not demand "och" of Swedish items.
        assertThat(ids(run("järnväg och hamnar", Map.of(), null))).containsExactly("c-later");
        assertThat(ids(run("\"järnväg hamnar\"", Map.of(), null))).containsExactly("c-later");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "hamnar | c-later c-soon",
        "intermodal transport | c-later c-soon",
        "hamn* OR port | c-later c-soon n-en",
        "'\"intermodal transport\"' | c-later c-soon",
        "'\"hamnar logistikcentrum\"' | ''",
        "'\"hamnar logistikcentrum\"~2' | c-soon",
        "gods* -hamnterminaler | c-later",
        "logistics | n-en",
        "(hamnar OR ports) AND (järnväg OR rail) | c-later n-en",
        "sector:logistics hamnar | c-later c-soon",
        "title:hamnterminaler | c-soon",
        "body:hamnterminaler | ''",
        "evenemang | c-closed n-xss"})
    void aQueryFindsTheItemsOfEveryLanguageByTheirOwnWordForms(String q, String expected) {
        // Each item's text is analysed in its language, each query word in every language: Swedish "hamnar" finds
        // the Swedish "hamn" forms, English "ports" the English "port" ones, in the one title and body field.
        assertThat(ids(run(q, Map.of(), null))).containsExactlyInAnyOrder(expected.isBlank() ? new String[0] : expected.split(" "));
    }

    @Test
    void aWordInTheTitleWeighsMoreThanInTheText() {
        // c-soon has "intermodal transport" in its title, c-later in its text.
        assertThat(ids(run("intermodal transport", Map.of(), null))).containsExactly("c-soon", "c-later");
    }

    @Test
    void formsAlikeInSeveralLanguagesAreAskedOnce() {
        // "transport" is the same word to the Swedish, English and standard analysers: one clause per field.
        var q = (org.apache.lucene.search.BooleanQuery) SafeQueryParser.parse("transport");
        assertThat(q.clauses()).hasSize(2);
        var two = (org.apache.lucene.search.BooleanQuery) SafeQueryParser.parse("hamnar");
        assertThat(two.clauses()).hasSize(4); // Swedish "hamn", English and standard "hamnar", in title and body
    }

    @Test
    void aPrefixIsMarkedInTheWordsOfTheItemsOwnLanguage() throws IOException {
        // A prefix is highlighted by analysing the text again: as English, "man" is a word; as Swedish, a stop word.
        add(TestItems.news("n-man", "en", "Port staff", "The man who manages the port.", days(-1), "logistics"));
        index.commit();
        index.refresh();
        SearchHit hit = run("man*", Map.of(), null).hits().stream().filter(h -> h.id().equals("n-man")).findFirst().orElseThrow();
        assertThat(hit.snippet()).contains("The <mark>man</mark> who <mark>manages</mark>");
    }

    @Test
    void aPrefixOfTooManyTermsIsStillMarkedByAnalysingTheTextAgain() throws IOException {
        StringBuilder words = new StringBuilder("Kajer:");
        for (int i = 0; i <= Snippets.MAX_EXPANDED; i++) { // one term more than the postings path takes
            words.append(" kaj").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append('x');
        }
        add(TestItems.news("n-kaj", "sv", "Kajer", words + ". Slut.", days(-1), "logistics"));
        index.commit();
        index.refresh();
        assertThat(Snippets.expandPrefixes(index.read(s -> s), SafeQueryParser.parse("kaj*"))).isNull();
        assertThat(Snippets.expandPrefixes(index.read(s -> s), SafeQueryParser.parse("hamn*"))).isNotNull();
        SearchHit hit = run("kaj*", Map.of(), null).hits().stream().filter(h -> h.id().equals("n-kaj")).findFirst().orElseThrow();
        assertThat(hit.snippet()).contains("<mark>kajaax</mark> <mark>kajbax</mark>");
    }

    @Test
    void snippetsAreEscapedWithMatchesMarked() {
        SearchHit hit = run("evenemang", Map.of(), null).hits().stream().filter(h -> h.id().equals("n-xss")).findFirst()
                .orElseThrow();
        assertThat(hit.snippet()).contains("<mark>").doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void suggestsASpellingWhenNothingIsFound() {
        SearchPage page = run("hamnterminalr", Map.of(), null);
        assertThat(page.total()).isZero();
        assertThat(page.suggestion()).isEqualTo("hamnterminaler");
        assertThat(run("hamnterminaler", Map.of(), null).suggestion()).isNull();
    }

    @Test
    void moreLikeThisFindsRelatedItemsButNotItself() {
        List<SearchHit> similar = search.similar("c-soon", 3);
        assertThat(similar).extracting(SearchHit::id).doesNotContain("c-soon").first().isEqualTo("c-later");
    }

    @Test
    void facetStateIsBuiltOncePerReader() throws IOException {
        Object first = index.read(FacetedSearcher::facets);
        assertThat(index.read(FacetedSearcher::facets)).isSameAs(first);
        add(TestItems.news("n-2", "sv", "Ny nyhet", "Text.", days(0), "trade"));
        index.refresh();
        assertThat(index.read(FacetedSearcher::facets)).isNotSameAs(first);
    }

    @Test
    void overviewCountsSectorsPerWeekAndOpenDeadlinesAhead() {
        var o = search.overview(13, 90);
        assertThat(o.weeks()).hasSize(13);
        assertThat(o.weeks().getLast().perSector()).containsExactly(Map.entry("hospitality", 1L)); // Monday 9 March on
        assertThat(o.weeks().get(11).perSector()).containsEntry("logistics", 1L);
        assertThat(o.deadlines()).extracting(d -> d.itemId()).containsExactly("c-soon", "c-later");
    }

    static List<String> hostile() {
        return SafeQueryParserTests.hostile();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void refusesHostileQueriesWithin100ms(String q) {
        run("warm", Map.of(), null);
        long start = System.nanoTime();
        assertThatThrownBy(() -> run(q, Map.of(), null)).isInstanceOf(InvalidQueryException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(100);
    }
}
