package se.omvarldsradar.digest.internal;

/** A recipient's frequency may have changed (preferences saved, alert confirmed or deleted): the schedule follows. */
record RecipientsChanged() {
}
