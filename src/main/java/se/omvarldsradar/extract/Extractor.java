package se.omvarldsradar.extract;

import se.omvarldsradar.config.SourceDefinition;

/** Turns the bytes of one fetched document into items. Pure: no I/O, no shared state. */
public interface Extractor {

    /** The {@code type:} of feeds.yml this extractor reads. */
    String type();

    /**
     * The first request to make for this source; further ones come back as {@link ExtractionResult#next()}
     * and {@link ExtractionResult#children()}.
     */
    default SourceRequest firstRequest(SourceDefinition source) {
        return SourceRequest.get(source.url());
    }

    /**
     * Extracts the items of one document.
     *
     * @throws ExtractionException when nothing usable can be read from the document
     */
    ExtractionResult extract(Document document, SourceDefinition source);
}
