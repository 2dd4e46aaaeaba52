package se.omvarldsradar.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index's own life cycle: an index of an older layout is dropped so the database catch-up rebuilds it. */
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
}
