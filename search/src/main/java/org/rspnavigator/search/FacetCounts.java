package org.rspnavigator.search;

import java.io.IOException;
import java.util.ArrayList;
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
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.Term;

/**
 * Facet filters and counts with drill-sideways semantics: the count of a value of one facet
 * applies the filters of the other facets, not its own, so that a person can widen a selection.
 */
final class FacetCounts {

    private static final String[] DIMENSIONS = {Fields.FACET_TYPE, Fields.FACET_CATEGORY, Fields.FACET_GROUP,
            Fields.FACET_MATURITY};

    private final FacetsConfig config;
    private final SortedSetDocValuesReaderState state;

    /** @param config the configuration the index was written with */
    FacetCounts(FacetsConfig config, IndexReader reader) throws IOException {
        this.config = config;
        this.state = new DefaultSortedSetDocValuesReaderState(reader, config);
    }

    /** The top {@code request.limit()} hits of {@code query} within the request's filters, and the counts. */
    DrillSideways.DrillSidewaysResult search(IndexSearcher searcher, Query query, SearchRequest request)
            throws IOException {
        DrillDownQuery drillDown = new DrillDownQuery(config, query);
        addFilter(drillDown, Fields.FACET_TYPE, request.types());
        addFilter(drillDown, Fields.FACET_CATEGORY, request.categories());
        addFilter(drillDown, Fields.FACET_GROUP, request.groups());
        addFilter(drillDown, Fields.FACET_MATURITY, request.maturities());
        return new DrillSideways(searcher, config, state).search(drillDown, request.limit());
    }

    private static void addFilter(DrillDownQuery query, String dimension, Set<? extends Term> values) {
        for (Term value : values) {
            query.add(dimension, value.slug());
        }
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
        FacetResult types = facets.getAllChildren(Fields.FACET_TYPE);
        if (types == null) {
            return 0;
        }
        Set<String> selected = new HashSet<>();
        request.types().forEach(t -> selected.add(t.slug()));
        int total = 0;
        for (LabelAndValue lv : types.labelValues) {
            if (selected.isEmpty() || selected.contains(lv.label)) {
                total += lv.value.intValue();
            }
        }
        return total;
    }

    /** No counts at all: every facet, without values. */
    static Map<String, List<FacetCount>> none() {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            facets.put(dimension, List.of());
        }
        return facets;
    }

    /** The counts of every facet. */
    static Map<String, List<FacetCount>> of(Facets facets, SearchRequest request) throws IOException {
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        result.put(Fields.FACET_TYPE, counts(facets, Fields.FACET_TYPE, HitType.class, request.types()));
        result.put(Fields.FACET_CATEGORY, counts(facets, Fields.FACET_CATEGORY, Category.class, request.categories()));
        result.put(Fields.FACET_GROUP, counts(facets, Fields.FACET_GROUP, AssessmentGroup.class, request.groups()));
        result.put(Fields.FACET_MATURITY, counts(facets, Fields.FACET_MATURITY, Maturity.class, request.maturities()));
        return result;
    }

    /** The values with hits, and the selected ones even without, in the vocabulary's order. */
    private static <E extends Enum<E> & Term> List<FacetCount> counts(Facets facets, String dimension, Class<E> type,
            Set<E> selected) throws IOException {
        Map<String, Integer> byValue = new LinkedHashMap<>();
        FacetResult result;
        try {
            result = facets.getAllChildren(dimension);
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
        for (E value : type.getEnumConstants()) {
            int count = byValue.getOrDefault(value.slug(), 0);
            if (count > 0 || selected.contains(value)) {
                counts.add(new FacetCount(value.slug(), value.label(), count));
            }
        }
        return counts;
    }
}
