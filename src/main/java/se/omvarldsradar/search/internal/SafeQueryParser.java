package se.omvarldsradar.search.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import se.omvarldsradar.search.InvalidQueryException;

/**
 * Parses the query syntax people know into a Lucene query, refusing up front whatever could be slow:
 * very long queries, deep nesting, many clauses, regular expressions, leading or short wildcards.
 */
final class SafeQueryParser {
    static final int MAX_LENGTH = 1000;
    static final int MAX_DEPTH = 8;
    static final int MAX_TERMS = 64;
    private static final Set<String> FIELDS = Set.of("sector", "focus", "kind", "source", "status", "programme", "lang",
            "year", "id");
    private static final String[] TEXT_FIELDS = {Analyzers.TITLE, Analyzers.BODY};
    private static final Map<String, Float> BOOSTS = Map.of(Analyzers.TITLE, 3f, Analyzers.BODY, 1f);

    private SafeQueryParser() {
    }

    static Query parse(String q) {
        String text = q.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException("The query is too long (at most " + MAX_LENGTH + " characters).");
        }
        int depth = 0;
        int maxDepth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                maxDepth = Math.max(maxDepth, ++depth);
            } else if (c == ')') {
                depth--;
            }
        }
        if (maxDepth > MAX_DEPTH) {
            throw new InvalidQueryException("The query nests parentheses too deeply (at most " + MAX_DEPTH + " levels).");
        }
        if (text.split("\\s+").length > MAX_TERMS) {
            throw new InvalidQueryException("The query has too many words (at most " + MAX_TERMS + ").");
        }
        Parser parser = new Parser();
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new InvalidQueryException(clean(e.getMessage()));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("The query has too many parts.");
        } catch (RuntimeException e) {
            throw new InvalidQueryException("The query could not be understood.");
        }
    }

    private static String clean(String message) {
        if (message == null) {
            return "The query could not be understood.";
        }
        int own = message.indexOf("The query");
        if (own >= 0) {
            return message.substring(own).strip();
        }
        if (message.contains("not allowed as first character")) {
            return "The query cannot start a word with * or ?; put at least 3 letters first (e.g. hamn*).";
        }
        return "The query could not be understood: check quotes and parentheses.";
    }

    /** The classic parser with AND by default and the expensive query kinds refused. */
    private static final class Parser extends MultiFieldQueryParser {
        Parser() {
            super(TEXT_FIELDS, Analyzers.SHARED, BOOSTS);
            setDefaultOperator(QueryParser.Operator.AND);
            setAllowLeadingWildcard(false);
            setSplitOnWhitespace(true);
            setAutoGeneratePhraseQueries(true);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return inText(field) ? anyLanguage(field, queryText, quoted, 0) : keyword(field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return inText(field) ? anyLanguage(field, queryText, true, slop) : keyword(field, queryText, true);
        }

        private Query keyword(String field, String queryText, boolean quoted) throws ParseException {
            checkField(field);
            return newFieldQuery(getAnalyzer(), field, queryText, quoted);
        }

        private static boolean inText(String field) {
            return field == null || Analyzers.TITLE.equals(field) || Analyzers.BODY.equals(field);
        }

        /**
         * A word (or phrase) in the text fields, as each language's analyser makes it: every item's text was
         * analysed in its own language, so the Swedish form finds Swedish items and the English form English
         * ones; forms that come out the same are asked once. A word one language drops as a stop word (Swedish
         * "och") asks nothing of that language's items rather than hiding them all.
         */
        private Query anyLanguage(String field, String queryText, boolean quoted, int slop) throws ParseException {
            String[] fields = field == null ? TEXT_FIELDS : new String[] {field};
            Map<Query, Float> variants = new LinkedHashMap<>();
            Set<String> silent = new LinkedHashSet<>();
            for (String lang : Analyzers.LANGS) {
                boolean found = false;
                for (String f : fields) {
                    Query q = newFieldQuery(Analyzers.forLanguage(lang), f, queryText, quoted);
                    if (q != null) {
                        variants.putIfAbsent(slop > 0 ? applySlop(q, slop) : q, BOOSTS.get(f));
                        found = true;
                    }
                }
                if (!found) {
                    silent.add(lang);
                }
            }
            if (variants.isEmpty()) {
                return null; // a stop word in every language: left out of the query
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            variants.forEach((q, boost) -> any.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD));
            for (String lang : silent) {
                any.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("lang", lang))), 0f),
                        BooleanClause.Occur.SHOULD);
            }
            return any.build();
        }

        private static Query applySlop(Query q, int slop) {
            if (q instanceof PhraseQuery p) {
                PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
                Term[] terms = p.getTerms();
                int[] positions = p.getPositions();
                for (int i = 0; i < terms.length; i++) {
                    b.add(terms[i], positions[i]);
                }
                return b.build();
            }
            if (q instanceof MultiPhraseQuery m) {
                return new MultiPhraseQuery.Builder(m).setSlop(slop).build();
            }
            return q;
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw new ParseException("The query cannot use regular expressions (/…/); use words or prefix*.");
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            throw new ParseException("The query can use * only at the end of a word (e.g. logist*).");
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            checkField(field);
            if (termStr.length() < 3) {
                throw new ParseException("The query needs at least 3 letters before * (e.g. hamn*).");
            }
            return super.getPrefixQuery(field, termStr.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            throw new ParseException("The query cannot use ~ (fuzzy search).");
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            throw new ParseException("The query cannot use ranges; use the date filters.");
        }

        private static void checkField(String field) throws ParseException {
            if (field != null && !FIELDS.contains(field) && !inText(field)) {
                throw new ParseException("The query names an unknown field '" + field + "' (known: "
                        + String.join(", ", java.util.stream.Stream.concat(java.util.stream.Stream.of(TEXT_FIELDS),
                                FIELDS.stream().sorted()).toList()) + ").");
            }
        }
    }
}
