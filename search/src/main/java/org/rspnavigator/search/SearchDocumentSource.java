package org.rspnavigator.search;

import java.util.List;

import org.rspnavigator.model.Catalog;

/**
 * Turns one kind of catalog entry into {@link SearchDocument}s. {@link CatalogSearch#build(Catalog)}
 * uses {@link #DEFAULTS}; a new kind of entry joins the index with a new source passed to
 * {@link CatalogSearch#build(Catalog, List)}, without changes to the query code.
 */
@FunctionalInterface
public interface SearchDocumentSource {

    /** The sources of the entries the catalog has: standards, use-case rows, IHE profiles and their actors. */
    List<SearchDocumentSource> DEFAULTS = List.of(new StandardDocuments(), new UseCaseRowDocuments(),
            new ProfileDocuments());

    List<SearchDocument> documents(Catalog catalog);
}
