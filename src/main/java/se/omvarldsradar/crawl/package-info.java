/**
 * The crawl pipeline (fetch, extract, tag, store) and its Quartz schedule, one job per source.
 * Jobs are thin: they call {@link se.omvarldsradar.crawl.Crawler} and return.
 */
package se.omvarldsradar.crawl;
