package se.omvarldsradar.config;

/** One thing wrong in feeds.yml, with the file, the 1-based line and the field path it concerns. */
public record ConfigProblem(String file, int line, String field, String message) {
    @Override
    public String toString() {
        return "%s:%d: %s: %s".formatted(file, line, field, message);
    }
}
