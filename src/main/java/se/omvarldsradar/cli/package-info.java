/** The picocli command line over the same beans as the server: crawl, classify, digest, reindex, retag, check-config. */
package se.omvarldsradar.cli;
