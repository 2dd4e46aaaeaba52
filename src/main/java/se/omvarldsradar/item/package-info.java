/**
 * Items and their history in the database, the source of truth: identity and dedupe, change detection,
 * and per-source crawl state. Publishes {@link se.omvarldsradar.item.ItemsStored} after each transaction that stored changes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"config", "extract", "classify"})
package se.omvarldsradar.item;
