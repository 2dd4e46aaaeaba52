package se.omvarldsradar.digest;

/**
 * A contact's next digest rendered but not recorded: what it would say if it were sent now. {@code wouldSend} is
 * false when it would not go out: the contact paused or unsubscribed ({@code paused}), or nothing is new and the
 * contact does not want empty digests.
 */
public record DigestPreview(String contact, int items, String subject, String text, String html, boolean paused,
        boolean wouldSend) {
}
