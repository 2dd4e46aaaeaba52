package se.omvarldsradar.config;

/** Published after a changed feeds.yml was validated and put in force; schedules re-sync on it. */
public record ConfigReloaded(RadarConfig config) {
}
