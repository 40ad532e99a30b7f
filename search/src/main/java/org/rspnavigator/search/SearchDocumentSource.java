package org.rspnavigator.search;

import java.util.List;

import org.rspnavigator.model.Catalog;

/**
 * Turns one kind of catalog entry into {@link SearchDocument}s. {@link CatalogSearch#build(Catalog)}
 * uses the sources of the entries the catalog has; a new kind of entry joins the index with a new
 * source passed to {@link CatalogSearch#build(Catalog, List)}, without changes to the query code.
 */
@FunctionalInterface
public interface SearchDocumentSource {

    List<SearchDocument> documents(Catalog catalog);
}
