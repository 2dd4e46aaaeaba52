package se.omvarldsradar.crawl;

import org.springframework.stereotype.Service;

import se.omvarldsradar.classify.TagHints;
import se.omvarldsradar.classify.Tagger;
import se.omvarldsradar.classify.Tags;
import se.omvarldsradar.config.CurrentConfig;
import se.omvarldsradar.config.SourceDefinition;
import se.omvarldsradar.extract.ExtractedItem;
import se.omvarldsradar.item.Item;
import se.omvarldsradar.item.Items;

/**
 * Re-tags stored items with the category terms in force, after the office changed them in feeds.yml; the
 * office's own overrides still win. The index follows through the usual ItemsStored events.
 */
@Service
public class Retagger {
    private final Items items;
    private final Tagger tagger;
    private final CurrentConfig config;

    Retagger(Items items, Tagger tagger, CurrentConfig config) {
        this.items = items;
        this.tagger = tagger;
        this.config = config;
    }

    /** Re-tags every item; returns how many got different tags. */
    public int retagAll() {
        return items.retagAll(this::tags);
    }

    /** Clears an item's override, giving it its computed tags back. */
    public boolean clearOverride(String itemId) {
        return items.clearOverride(itemId, this::tags);
    }

    /** The tags the tagger gives a stored item now. */
    public Tags tags(Item item) {
        SourceDefinition source = config.get().source(item.sourceId()).orElse(null);
        TagHints hints = source == null ? TagHints.NONE : new TagHints(source.sectors(), source.focus(), source.language());
        ExtractedItem x = new ExtractedItem(null, item.url(), item.title(), item.summary(), item.content(),
                item.published(), item.language(), item.keywords(), item.call());
        return tagger.tag(x, hints);
    }
}
