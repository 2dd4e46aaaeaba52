package se.omvarldsradar.search;

/** The query cannot be run; the message tells the user what to change. Maps to HTTP 400. */
public class InvalidQueryException extends RuntimeException {
    public InvalidQueryException(String message) {
        super(message);
    }
}
