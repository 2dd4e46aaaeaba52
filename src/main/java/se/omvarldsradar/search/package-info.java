/**
 * The Lucene index derived from the items in the database: indexing after each stored item, catching up
 * from the database, and searching with facets and highlighting through {@link se.omvarldsradar.search.ItemSearch}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"config", "item", "extract", "classify"})
package se.omvarldsradar.search;
