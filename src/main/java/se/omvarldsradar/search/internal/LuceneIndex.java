package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import se.omvarldsradar.search.IndexSettings;

/**
 * The one owner of the index: directory, writer, searcher manager and the near-real-time reopen thread.
 * When another process holds the write lock (a CLI run beside the server), it opens read-only and the
 * process holding the lock catches up from the database.
 */
@Component
@EnableConfigurationProperties(IndexSettings.class)
public class LuceneIndex implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);
    static final String SEQ = "seq";
    static final String SCHEMA = "schema";
    /** Bumped when documents change in a way an existing index cannot take (e.g. a field's index options). */
    static final String SCHEMA_VERSION = "4"; // 4: change_seq on every document

    private final Directory directory;
    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final boolean reset;
    private volatile long indexedSeq;
    private final int concurrentSearches;

    @Autowired
    LuceneIndex(IndexSettings settings) throws IOException {
        this(open(settings), settings.path().toString(), settings.countCache(), settings.searchPermits());
    }

    private static Directory open(IndexSettings settings) throws IOException {
        Files.createDirectories(settings.path());
        return FSDirectory.open(settings.path());
    }

    /** An index over any directory (tests use a {@code ByteBuffersDirectory}). */
    LuceneIndex(Directory directory, String name) throws IOException {
        this(directory, name, 64, Runtime.getRuntime().availableProcessors());
    }

    LuceneIndex(Directory directory, String name, int countCache, int concurrentSearches) throws IOException {
        this.directory = directory;
        this.concurrentSearches = concurrentSearches;
        IndexFiles.Opened opened;
        boolean reset = false;
        try {
            opened = IndexFiles.open(directory, countCache);
        } catch (IOException | RuntimeException e) {
            // The index is derived data: one that cannot be read is started afresh and rebuilt from the database
            // by the check at start, rather than keeping the service from starting.
            log.error("Index {} cannot be read ({}); starting it afresh to rebuild it from the database", name, e.toString());
            IndexFiles.wipe(directory);
            opened = IndexFiles.open(directory, countCache);
            reset = true;
        }
        this.writer = opened.writer();
        this.searchers = opened.searchers();
        if (writer != null) {
            this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers, 1.0, 0.05);
            this.reopener.setName("lucene-reopen");
            this.reopener.setDaemon(true);
            this.reopener.start();
            Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
            if (!SCHEMA_VERSION.equals(data.get(SCHEMA)) && writer.getDocStats().numDocs > 0) {
                // An old layout is dropped and rebuilt from the database by the catch-up.
                log.warn("Index {} has an older layout; rebuilding it from the database", name);
                writer.deleteAll();
                data = Map.of();
                reset = true;
            }
            String seq = data.get(SEQ);
            this.indexedSeq = seq == null ? 0 : Long.parseLong(seq);
        } else {
            this.reopener = null;
        }
        this.reset = reset;
    }

    /** Whether the index was begun afresh at start (unreadable, or of an older layout); it must then be rebuilt from the database. */
    public boolean wasReset() {
        return reset;
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> data) {
        Map<String, String> m = new java.util.HashMap<>();
        data.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    public boolean writable() {
        return writer != null;
    }

    /** The highest item change sequence this index holds. */
    public long indexedSeq() {
        return indexedSeq;
    }

    public void upsert(String id, Document doc, long seq) throws IOException {
        if (writer == null) {
            return;
        }
        writer.updateDocument(new Term("id", id), doc);
        indexedSeq = Math.max(indexedSeq, seq);
    }

    public void deleteAll() throws IOException {
        if (writer != null) {
            writer.deleteAll();
            indexedSeq = 0;
        }
    }

    public synchronized void commit() {
        if (writer == null) {
            return;
        }
        try {
            writer.setLiveCommitData(Map.of(SEQ, Long.toString(indexedSeq), SCHEMA, SCHEMA_VERSION).entrySet());
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a read against a current searcher, released afterwards. */
    <T> T read(SearchFunction<T> fn) throws IOException {
        if (searchers == null) {
            return fn.apply(null);
        }
        if (writer == null) {
            searchers.maybeRefresh();
        }
        IndexSearcher s = searchers.acquire();
        try {
            return fn.apply((FacetedSearcher) s);
        } finally {
            searchers.release(s);
        }
    }

    /** The documents searches currently see; 0 before the index exists. */
    public long documents() throws IOException {
        return read(s -> s == null ? 0L : (long) s.getIndexReader().numDocs());
    }

    /** Bytes the index takes on disk (files being merged or deleted at this moment are skipped). */
    public long sizeInBytes() throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            try {
                bytes += directory.fileLength(file);
            } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
                // removed by a merge while we were counting
            }
        }
        return bytes;
    }

    /** The segments searches currently visit; 0 before the index exists. */
    public int segments() throws IOException {
        return read(s -> s == null ? 0 : s.getIndexReader().leaves().size());
    }

    /**
     * Merges the index down to at most {@code maxSegments} segments, then commits and makes the result visible.
     * Writes and searches go on meanwhile (searches on the segments as they were). Returns the segments before;
     * nothing is done when there are no more than that already, or the index is read-only.
     */
    public int merge(int maxSegments) throws IOException {
        int before = segments();
        if (writer == null || maxSegments <= 0 || before <= maxSegments) {
            return before;
        }
        writer.forceMerge(maxSegments);
        commit();
        refresh();
        return before;
    }

    /** Makes every change so far visible to searches. */
    public void refresh() throws IOException {
        if (searchers != null) {
            searchers.maybeRefreshBlocking();
        }
    }

    /** A read over the searcher; the searcher is null when no index exists yet. */
    @FunctionalInterface
    interface SearchFunction<T> {
        T apply(FacetedSearcher searcher) throws IOException;
    }

    @Override
    public void close() throws IOException {
        if (reopener != null) {
            reopener.close();
        }
        if (writer != null) {
            commit();
        }
        if (searchers != null) {
            searchers.close();
        }
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }

    /** How many searches may run at once (radar.index.concurrent-searches, or one per core). */
    int concurrentSearches() {
        return concurrentSearches;
    }
}
