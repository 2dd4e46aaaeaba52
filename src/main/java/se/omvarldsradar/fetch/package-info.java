/**
 * Owns all network access of the crawler: polite, bounded HTTP with an address guard. Offers
 * {@link se.omvarldsradar.fetch.Fetcher}; nothing else in the application opens a connection to a source.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package se.omvarldsradar.fetch;
