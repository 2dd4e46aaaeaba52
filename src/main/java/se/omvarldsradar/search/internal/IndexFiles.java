package se.omvarldsradar.search.internal;

import java.io.IOException;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opening the index folder for {@link LuceneIndex}, and clearing one that cannot be read. */
final class IndexFiles {
    private static final Logger log = LoggerFactory.getLogger(IndexFiles.class);

    static final int SEGMENTS_PER_TIER = 4;

    private IndexFiles() {
    }

    record Opened(IndexWriter writer, ReferenceManager<IndexSearcher> searchers) {
    }

    /** Opens writer and searchers, reading every segment once; read-only when another process holds the lock. */
    static Opened open(Directory directory, int countCache) throws IOException {
        IndexWriter w;
        try {
            w = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setMergePolicy(mergePolicy()));
        } catch (LockObtainFailedException e) {
            log.warn("Index {} is locked by another process; opening it read-only", directory);
            try {
                return new Opened(null, DirectoryReader.indexExists(directory)
                        ? new SearcherManager(directory, new FacetedSearcher.Factory(countCache)) : null);
            } catch (IOException | RuntimeException unreadable) {
                // Never wiped from here: the process holding the lock owns the index.
                log.error("Index {} cannot be read; searches find nothing until the other process is done", directory);
                return new Opened(null, null);
            }
        }
        try {
            if (w.getDocStats().numDocs == 0 && !DirectoryReader.indexExists(directory)) {
                w.commit();
            }
            SearcherManager searchers = new SearcherManager(w, new FacetedSearcher.Factory(countCache));
            return new Opened(w, searchers);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(w);
            throw e;
        }
    }

    /**
     * Lucene's tiered merging, with at most {@value #SEGMENTS_PER_TIER} segments of a size before they are merged
     * instead of 10: every search visits every segment (12 small segments beside one of 1M items cost 10 % more
     * CPU per search), while the index takes a few hundred items a day, so merging more often costs little.
     */
    static TieredMergePolicy mergePolicy() {
        return new TieredMergePolicy().setSegmentsPerTier(SEGMENTS_PER_TIER);
    }

    /** Removes the index's own files (never anything else that may sit in a misconfigured folder). */
    static void wipe(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            if (file.startsWith("segments") || file.startsWith("pending_segments") || file.startsWith("_")) {
                directory.deleteFile(file);
            }
        }
    }
}
