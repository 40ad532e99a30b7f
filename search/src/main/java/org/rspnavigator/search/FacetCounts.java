package org.rspnavigator.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TotalHits;
import org.rspnavigator.model.Term;

/**
 * Filters and counts by {@link Facet}, with drill-sideways semantics: the count of a value of one
 * facet applies the filters of the other facets, not its own, so that a person can widen a
 * selection.
 */
final class FacetCounts {

    private final FacetsConfig config;
    private final SortedSetDocValuesReaderState state;

    /** @param config the configuration the index was written with */
    FacetCounts(FacetsConfig config, IndexReader reader) throws IOException {
        this.config = config;
        this.state = new DefaultSortedSetDocValuesReaderState(reader, config);
    }

    /**
     * The top {@code request.offset() + request.limit()} hits of {@code query} within the
     * request's filters (the caller skips the first {@code offset}), and the counts.
     */
    DrillSideways.DrillSidewaysResult search(IndexSearcher searcher, Query query, SearchRequest request)
            throws IOException {
        DrillDownQuery drillDown = new DrillDownQuery(config, query);
        for (Facet facet : Facet.values()) {
            for (Term value : request.filter(facet)) {
                drillDown.add(facet.field(), value.slug());
            }
        }
        return new DrillSideways(searcher, config, state).search(drillDown, request.offset() + request.limit());
    }

    /** How many documents match: as Lucene counted them, or else from the type counts. */
    static int total(DrillSideways.DrillSidewaysResult result, SearchRequest request) throws IOException {
        TotalHits totalHits = result.hits.totalHits;
        return totalHits.relation() == TotalHits.Relation.EQUAL_TO
                ? Math.toIntExact(totalHits.value())
                : countOf(result.facets, request);
    }

    /** Every document has a type, so the type counts of the selected types add up to the total. */
    private static int countOf(Facets facets, SearchRequest request) throws IOException {
        FacetResult types = facets.getAllChildren(Facet.TYPE.field());
        if (types == null) {
            return 0;
        }
        Set<String> selected = new HashSet<>();
        request.filter(Facet.TYPE).forEach(t -> selected.add(t.slug()));
        int total = 0;
        for (LabelAndValue lv : types.labelValues) {
            if (selected.isEmpty() || selected.contains(lv.label)) {
                total += lv.value.intValue();
            }
        }
        return total;
    }

    /** No counts at all: every facet, without values. */
    static Map<Facet, List<FacetCount>> none() {
        Map<Facet, List<FacetCount>> none = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            none.put(facet, List.of());
        }
        return none;
    }

    /** The counts of every facet. */
    static Map<Facet, List<FacetCount>> of(Facets facets, SearchRequest request) throws IOException {
        Map<Facet, List<FacetCount>> result = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            result.put(facet, counts(facets, facet, request.filter(facet)));
        }
        return result;
    }

    /** The values with hits, and the selected ones even without, in the vocabulary's order. */
    private static List<FacetCount> counts(Facets facets, Facet facet, Set<? extends Term> selected)
            throws IOException {
        Map<String, Integer> byValue = new LinkedHashMap<>();
        FacetResult result;
        try {
            result = facets.getAllChildren(facet.field());
        } catch (IllegalArgumentException noSuchDimension) {
            // No document of the index has a value for it.
            result = null;
        }
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                byValue.put(lv.label, lv.value.intValue());
            }
        }
        List<FacetCount> counts = new ArrayList<>();
        for (Term value : facet.terms()) {
            int count = byValue.getOrDefault(value.slug(), 0);
            if (count > 0 || selected.contains(value)) {
                counts.add(new FacetCount(value.slug(), value.label(), count));
            }
        }
        return counts;
    }
}
