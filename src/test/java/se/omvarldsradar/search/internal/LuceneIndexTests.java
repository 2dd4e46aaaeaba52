package se.omvarldsradar.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's own life cycle: an index of an older layout is dropped so the database catch-up rebuilds it; the
 * nightly merge leaves fewer segments and the same documents.
 */
class LuceneIndexTests {

    @Test
    void dropsAnIndexOfAnOlderLayoutAndTakesNewDocuments(@TempDir Path dir) throws Exception {
        try (IndexWriter old = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(Analyzers.perField()))) {
            Document d = new Document();
            d.add(new TextField("body_sv", "hamn utan offset", Field.Store.YES));
            old.addDocument(d);
            old.setLiveCommitData(Map.of(LuceneIndex.SEQ, "5").entrySet());
            old.commit();
        }
        Instant now = Instant.parse("2026-03-10T10:00:00Z");
        try (LuceneIndex index = new LuceneIndex(FSDirectory.open(dir), "old")) {
            assertThat(index.indexedSeq()).isZero();
            var item = TestItems.news("n-1", "sv", "Hamn", "Hamnar och gods.", now, "logistics");
            index.upsert(item.id(), ItemDocuments.toDocument(item, "Källa", now), 7);
            index.commit();
            index.refresh();
            int docs = index.read(s -> s.getIndexReader().numDocs());
            assertThat(docs).isEqualTo(1);
        }
        try (LuceneIndex reopened = new LuceneIndex(FSDirectory.open(dir), "new")) {
            assertThat(reopened.indexedSeq()).isEqualTo(7);
        }
    }

    @Test
    void mergingLeavesTheAskedSegmentsWithEveryDocumentFoundAndUpdatable(@TempDir Path dir) throws Exception {
        Instant now = Instant.parse("2026-03-10T10:00:00Z");
        try (LuceneIndex index = new LuceneIndex(FSDirectory.open(dir), "merge")) {
            for (int i = 0; i < 4; i++) { // each commit writes a segment of its own
                var item = TestItems.news("n-" + i, "sv", "Hamn " + i, "Hamnar och gods.", now, "logistics");
                index.upsert(item.id(), ItemDocuments.toDocument(item, "Källa", now), i + 1);
                index.commit();
            }
            index.refresh();
            assertThat(index.segments()).isEqualTo(4);

            assertThat(index.merge(0)).isEqualTo(4); // 0: never merged
            assertThat(index.segments()).isEqualTo(4);
            assertThat(index.merge(2)).isEqualTo(4);
            assertThat(index.segments()).isEqualTo(2);
            assertThat(index.merge(1)).isEqualTo(2);
            assertThat(index.segments()).isEqualTo(1);
            assertThat(index.merge(1)).isEqualTo(1); // nothing to do

            Query gods = SafeQueryParser.parse("gods");
            assertThat(index.<Integer>read(s -> s.count(gods))).isEqualTo(4);
            var changed = TestItems.news("n-3", "sv", "Hamn 3", "Järnväg i stället.", now, "logistics");
            index.upsert(changed.id(), ItemDocuments.toDocument(changed, "Källa", now), 6);
            index.commit();
            index.refresh();
            assertThat(index.<Integer>read(s -> s.count(gods))).isEqualTo(3);
            assertThat(index.<Integer>read(s -> s.count(SafeQueryParser.parse("järnväg")))).isEqualTo(1);
            assertThat(index.documents()).isEqualTo(4);
        }
        try (LuceneIndex reopened = new LuceneIndex(FSDirectory.open(dir), "reopened")) {
            assertThat(reopened.indexedSeq()).isEqualTo(6); // the merge's commit kept the sequence
        }
    }

    @Test
    void smallSegmentsAreMergedOnceMoreThanAFewPileUp(@TempDir Path dir) throws Exception {
        Instant now = Instant.parse("2026-03-10T10:00:00Z");
        try (LuceneIndex index = new LuceneIndex(FSDirectory.open(dir), "tiers")) {
            for (int i = 0; i < 10; i++) { // a day of crawls, each committed on its own
                var item = TestItems.news("n-" + i, "sv", "Hamn " + i, "Hamnar och gods.", now, "logistics");
                index.upsert(item.id(), ItemDocuments.toDocument(item, "Källa", now), i + 1);
                index.commit();
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                index.refresh();
                assertThat(index.segments()).isLessThanOrEqualTo(IndexFiles.SEGMENTS_PER_TIER);
            });
            assertThat(index.documents()).isEqualTo(10);
        }
    }
}
