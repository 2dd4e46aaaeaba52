package se.omvarldsradar.search.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import se.omvarldsradar.search.SearchHit;

/** "More like this": items sharing the most distinctive words of one item's title and text. */
final class SimilarItems {
    private static final String[] FIELDS = {Analyzers.TITLE, Analyzers.BODY};

    private SimilarItems() {
    }

    static List<SearchHit> of(FacetedSearcher s, String id, int max, Instant now) throws IOException {
        Term idTerm = new Term("id", id);
        TopDocs self = s.search(new TermQuery(idTerm), 1);
        if (self.scoreDocs.length == 0) {
            return List.of();
        }
        MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
        // The item's words as its own language's analyser made them when it was indexed.
        String lang = s.storedFields().document(self.scoreDocs[0].doc).get("lang");
        mlt.setAnalyzer(Analyzers.forLanguage(lang == null ? "xx" : lang));
        mlt.setFieldNames(FIELDS);
        // The corpus is small and specialised: one shared rare word is already a signal.
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxDocFreq(Math.max(2, s.getIndexReader().numDocs() / 5));
        mlt.setMaxQueryTerms(25);
        mlt.setBoost(true);
        Query like = mlt.like(self.scoreDocs[0].doc);
        Query query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(idTerm), BooleanClause.Occur.MUST_NOT).build();
        ScoreDoc[] docs = s.search(query, max).scoreDocs;
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        return Hits.of(s, ids, new MatchAllDocsQuery(), now);
    }
}
