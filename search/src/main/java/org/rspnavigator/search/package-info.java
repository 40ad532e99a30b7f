/**
 * Search over the catalog: an in-memory Lucene index built from the {@link org.rspnavigator.model.Catalog}
 * at start-up, with analysis that keeps imaging-standards identifiers intact (XDS-I.b, PS3.16,
 * C-STORE, ICD-10) and matches their variants, English stemming for prose, a synonym and acronym
 * list from the catalog data, typo tolerance, highlighted snippets, facet counts and
 * autocomplete. Plain Java: no Spring, no Vaadin.
 *
 * <p>{@link org.rspnavigator.search.CatalogSearch} is the one entry point: it builds the index and
 * answers {@link org.rspnavigator.search.SearchRequest}s and
 * {@link org.rspnavigator.search.SuggestRequest}s. Behind it, each job has its class: the
 * document sources turn catalog entries into {@link org.rspnavigator.search.SearchDocument}s,
 * each with the {@link org.rspnavigator.search.HitTarget} its hit leads to; {@code IndexBuilder}
 * writes them; {@code Analysis} and {@code QueryPlanner} turn a text into a query;
 * {@code FacetCounts} filters and counts by {@link org.rspnavigator.search.Facet};
 * {@code Snippets} marks the matched words; and {@code Autocomplete} completes what is being
 * typed.
 */
package org.rspnavigator.search;
