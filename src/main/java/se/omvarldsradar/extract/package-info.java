/**
 * Pure functions from fetched bytes to {@link se.omvarldsradar.extract.ExtractedItem}s, one extractor per
 * source type. No I/O happens here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"config"})
package se.omvarldsradar.extract;
