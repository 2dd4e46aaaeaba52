package se.omvarldsradar.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's query mix: what staff type, with facets, dates and sorts. Each has the search page's
 * parameters for the HTTP API, and the same search as PostgreSQL full-text SQL (tsquery and WHERE filters).
 */
record BenchQueries(String params, String tsquery, String filter, String order) {

    static List<BenchQueries> mix() {
        BenchItems.Zipf tail = new BenchItems.Zipf(BenchItems.SV_CORE, 60_000, 1);
        List<BenchQueries> q = new ArrayList<>();
        q.add(words("hamn", "", "relevance"));
        q.add(words("logistik transport", "", "relevance"));
        q.add(new BenchQueries("q=%22intermodal+transport%22", "phraseto_tsquery('swedish','intermodal transport') || phraseto_tsquery('english','intermodal transport')", "", "rank"));
        q.add(new BenchQueries("q=hamn+OR+port", "websearch_to_tsquery('swedish','hamn or port') || websearch_to_tsquery('english','hamn or port')", "", "rank"));
        q.add(new BenchQueries("q=logist*", "to_tsquery('simple','logist:*')", "", "rank"));
        q.add(new BenchQueries("q=innovation+-industri", "websearch_to_tsquery('swedish','innovation -industri') || websearch_to_tsquery('english','innovation -industri')", "", "rank"));
        q.add(words("hamn", "&sector=logistics", "relevance"));
        q.add(words("utlysning", "&kind=call", "deadline"));
        q.add(words("climate energy", "&language=en", "relevance"));
        q.add(words("projekt", "&from=2024-01-01&to=2024-12-31", "relevance"));
        q.add(words("transport", "&status=open", "relevance"));
        q.add(words("funding", "", "newest"));
        q.add(words("gävleborg", "", "relevance"));
        q.add(new BenchQueries("q=&sector=trade&sort=newest", null, "sectors @> array['trade']", "newest"));
        q.add(words("samverkan partner", "", "relevance"));
        q.add(words("port logistics", "&sector=logistics&kind=news", "relevance"));
        q.add(words(tail.vocab[2_000], "", "relevance"));
        q.add(words(tail.vocab[20_000] + " " + tail.vocab[300], "", "relevance"));
        return q;
    }

    private static BenchQueries words(String text, String facets, String sort) {
        String t = text.replace("'", "");
        String ts = "websearch_to_tsquery('swedish','" + t + "') || websearch_to_tsquery('english','" + t + "')";
        StringBuilder where = new StringBuilder();
        for (String f : facets.split("&")) {
            if (f.isEmpty()) {
                continue;
            }
            String[] kv = f.split("=");
            where.append(where.isEmpty() ? "" : " and ").append(switch (kv[0]) {
                case "sector" -> "sectors @> array['" + kv[1] + "']";
                case "kind" -> "kind = '" + kv[1] + "'";
                case "language" -> "lang = '" + kv[1] + "'";
                case "from" -> "published >= '" + kv[1] + "'";
                case "to" -> "published < date '" + kv[1] + "' + 1";
                case "status" -> "deadline >= now()";
                default -> throw new IllegalArgumentException(f);
            });
        }
        String params = "q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8) + facets
                + (sort.equals("relevance") ? "" : "&sort=" + sort);
        return new BenchQueries(params, ts, where.toString(), sort.equals("relevance") ? "rank" : sort);
    }

    /** The SQL conditions: text match and filters. */
    String where() {
        String text = tsquery == null ? "" : "tsv @@ (" + tsquery + ")";
        return text.isEmpty() ? (filter.isEmpty() ? "true" : filter) : filter.isEmpty() ? text : text + " and " + filter;
    }

    /** Top 20 with ts_rank ordering and a ts_headline snippet, like the result list. */
    String topSql() {
        String rank = tsquery == null ? "0" : "ts_rank(tsv, (" + tsquery + "))";
        String order = switch (order()) {
            case "newest" -> "published desc";
            case "deadline" -> "(deadline < now()), deadline nulls last";
            default -> "r desc";
        };
        String headline = tsquery == null ? "left(body, 240)" : "ts_headline('swedish', body, (" + tsquery + "), 'MaxFragments=2')";
        return "select id, title, " + headline + " from (select id, title, body, " + rank + " r, published, deadline from item where "
                + where() + " order by " + order + " limit 20) t";
    }

    /** Facet counts (sector, kind, language) and thereby the total, like the facet column. */
    List<String> facetSql() {
        return List.of("select s, count(*) from item, unnest(sectors) s where " + where() + " group by s",
                "select kind, lang, count(*) from item where " + where() + " group by kind, lang");
    }
}
