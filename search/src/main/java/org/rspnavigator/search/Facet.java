package org.rspnavigator.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.Term;

/**
 * A dimension by which hits are filtered and counted. Its {@link #slug()} names it in URLs and in
 * the JSON API ({@code type=standard}, {@code "facets": {"type": […]}}), its {@link #label()}
 * heads its list of values, and its values are the terms of its {@link #vocabulary()}. A document
 * has at most one value of each (every document has a type).
 *
 * <p>A new dimension is a new constant here, and a value for it on {@link SearchDocument}.
 */
public enum Facet implements Term {

    TYPE("type", "Type", HitType.class, d -> Optional.of(d.type())),
    CATEGORY("category", "Category", Category.class, SearchDocument::category),
    GROUP("group", "Assessment group", AssessmentGroup.class, SearchDocument::group),
    MATURITY("maturity", "Maturity", Maturity.class, SearchDocument::maturity);

    private final String field;
    private final String label;
    private final Class<? extends Term> vocabulary;
    private final Function<SearchDocument, Optional<? extends Term>> valueOf;

    <T extends Enum<T> & Term> Facet(String field, String label, Class<T> vocabulary,
            Function<SearchDocument, Optional<T>> valueOf) {
        this.field = field;
        this.label = label;
        this.vocabulary = vocabulary;
        this.valueOf = valueOf::apply;
    }

    @Override
    public String label() {
        return label;
    }

    /** The enum whose constants are this facet's values. */
    public Class<? extends Term> vocabulary() {
        return vocabulary;
    }

    /** This facet's values, in the vocabulary's order. */
    public List<Term> terms() {
        return List.of(vocabulary.getEnumConstants());
    }

    /** The name of the index's facet dimension (the index's business, not the API's). */
    String field() {
        return field;
    }

    /** The value {@code document} has, if any. */
    Optional<? extends Term> of(SearchDocument document) {
        return valueOf.apply(document);
    }
}
