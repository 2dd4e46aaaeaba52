package se.omvarldsradar.extract;

/** The document could not be read as the source's type; the message says why in plain words. */
public class ExtractionException extends RuntimeException {
    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
