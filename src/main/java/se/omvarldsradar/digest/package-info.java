/**
 * Tailored digests for each department contact: matching new items to the contact's profile, composing
 * the mail, and delivering it exactly once through SMTP or as {@code .eml} files in the outbox folder.
 */
package se.omvarldsradar.digest;
