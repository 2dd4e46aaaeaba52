package se.omvarldsradar.classify;

import se.omvarldsradar.extract.ExtractedItem;

/** Gives an item its sectors and focus areas, each with a score and the terms that triggered it. Pure. */
public interface Tagger {

    /**
     * Tags one item.
     *
     * @param item     the item as extracted
     * @param hints    the source's default categories and language, may be {@link TagHints#NONE}
     */
    Tags tag(ExtractedItem item, TagHints hints);
}
