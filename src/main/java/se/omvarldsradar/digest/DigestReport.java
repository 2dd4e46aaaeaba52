package se.omvarldsradar.digest;

/** What happened to one contact's digest in one run. */
public record DigestReport(String contact, String outcome, int items, String detail) {
    /** One line for the terminal. */
    public String line() {
        return "%-36s %-10s items=%-4d %s".formatted(contact, outcome, items, detail == null ? "" : detail);
    }
}
