/**
 * Search over the catalog: an in-memory Lucene index built from the {@link org.rspnavigator.model.Catalog}
 * at start-up, with analysis that keeps imaging-standards identifiers intact (XDS-I.b, PS3.16,
 * C-STORE, ICD-10) and matches their variants, English stemming for prose, a synonym and acronym
 * list from the catalog data, typo tolerance, highlighted snippets, facet counts and
 * autocomplete. Plain Java: no Spring, no Vaadin.
 */
package org.rspnavigator.search;
