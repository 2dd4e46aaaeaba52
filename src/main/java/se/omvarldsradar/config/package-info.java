/**
 * Owns {@code feeds.yml}: loading it, validating every field with the file, line and field named in each
 * error, and handing the rest of the application immutable {@link se.omvarldsradar.config.RadarConfig} records.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package se.omvarldsradar.config;
