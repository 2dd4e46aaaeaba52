package se.omvarldsradar.crawl.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import se.omvarldsradar.classify.CallDetailsReader;
import se.omvarldsradar.classify.TagHints;
import se.omvarldsradar.classify.Tagger;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.crawl.CrawlSettings;
import se.omvarldsradar.extract.Document;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.extract.MainText;
import se.omvarldsradar.fetch.FetchRequest;
import se.omvarldsradar.fetch.FetchResult;
import se.omvarldsradar.fetch.Fetcher;
import se.omvarldsradar.item.CrawlAttempt;
import se.omvarldsradar.item.Items;
import se.omvarldsradar.item.Items.TaggedItem;
import se.omvarldsradar.item.StoreOutcome;

/**
 * From extracted items to stored ones: for {@code follow: true} sources the page of each new item is fetched
 * (through the same polite fetcher) for its main text; then call details are completed, items tagged and
 * stored in one transaction, together with the crawl's record on its source.
 */
@Component
public class ItemPipeline {
    private final Fetcher fetcher;
    private final Tagger tagger;
    private final CallDetailsReader callDetails;
    private final Items items;
    /**
     * Stores at a time. Many lanes crawl at once, but a store needs a connection for its transaction and,
     * after commit, another for indexing and the event registry: unbounded, the lanes exhaust the pool and wait
     * on each other.
     */
    private final Semaphore stores;

    ItemPipeline(Fetcher fetcher, Tagger tagger, CallDetailsReader callDetails, Items items, CrawlSettings settings) {
        this.fetcher = fetcher;
        this.tagger = tagger;
        this.callDetails = callDetails;
        this.items = items;
        this.stores = new Semaphore(Math.max(1, settings.storeConcurrency()), true);
    }

    /** Stores the items and, in the same transaction, the crawl's record made from their outcomes. */
    public List<StoreOutcome> store(SourceDefinition source, List<ExtractedItem> extracted, int followLimit,
            Function<List<StoreOutcome>, CrawlAttempt> attempt) {
        boolean follow = "true".equals(source.option("follow"));
        TagHints hints = new TagHints(source.sectors(), source.focus(), source.language());
        List<TaggedItem> tagged = new ArrayList<>();
        int followed = 0;
        for (ExtractedItem x : extracted) {
            if (follow && followed < followLimit && x.url() != null && !items.isKnown(source, x)) {
                x = withPage(x);
                followed++;
            }
            ExtractedItem withCall = x.withCall(callDetails.read(x));
            tagged.add(new TaggedItem(withCall, tagger.tag(withCall, hints)));
        }
        stores.acquireUninterruptibly();
        try {
            return items.store(source, tagged, attempt);
        } finally {
            stores.release();
        }
    }

    private ExtractedItem withPage(ExtractedItem x) {
        FetchResult page;
        try {
            page = fetcher.fetch(FetchRequest.get(URI.create(x.url())));
        } catch (IllegalArgumentException e) {
            return x; // not a URL we can fetch; keep the listing's text
        }
        if (!page.ok() || page.notModified()) {
            return x;
        }
        String text = MainText.of(new Document(page.finalUrl(), page.contentType(), page.body()));
        return text == null || text.isBlank() ? x
                : new ExtractedItem(x.guid(), x.url(), x.title(), x.summary(), text, x.published(), x.language(),
                        x.keywords(), x.call());
    }
}
