package se.omvarldsradar.classify;

import java.util.List;

/** The tags of one item: its language, sectors and focus areas, each with a score and the reason. */
public record Tags(String language, List<Tag> sectors, List<Tag> focus) {
    public Tags {
        sectors = List.copyOf(sectors);
        focus = List.copyOf(focus);
    }

    public List<String> sectorIds() {
        return sectors.stream().map(Tag::category).toList();
    }

    public List<String> focusIds() {
        return focus.stream().map(Tag::category).toList();
    }

    /** One category given to an item, with its score and the terms (or hint) that triggered it. */
    public record Tag(String category, double score, List<String> because) {
        public Tag {
            because = List.copyOf(because);
        }
    }
}
