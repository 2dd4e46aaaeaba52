package se.omvarldsradar.digest;

/** A contact's next digest rendered but not recorded: what it would say if it were sent now. */
public record DigestPreview(String contact, int items, String subject, String text, String html) {
}
