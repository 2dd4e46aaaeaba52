/**
 * Tags items with the municipality's sectors (growth areas) and focus areas, with the terms that triggered
 * each tag, and detects their language. Category rules are data from {@code feeds.yml}. No I/O.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"config", "extract"})
package se.omvarldsradar.classify;
