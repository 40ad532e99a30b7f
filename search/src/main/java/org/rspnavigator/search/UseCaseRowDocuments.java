package org.rspnavigator.search;

import java.util.List;
import java.util.Optional;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;

/**
 * The rows of the implementation use cases, id {@code <use-case id>/<row number>}: the row's
 * label is the title and key, the use case's name (marked "(derived)" for the use case the
 * project derived) the subtitle and a name, the systems what it concerns, and the purpose and
 * systems the body. Facets are
 * those of the first standard the row names. A row repeats its standard's name, so its
 * {@linkplain #PRIOR prior} is lower: the standard comes first unless the query is about what
 * the row adds (systems, the purpose in a use case).
 */
public final class UseCaseRowDocuments implements SearchDocumentSource {

    static final float PRIOR = 0.6f;

    @Override
    public List<SearchDocument> documents(Catalog catalog) {
        return catalog.useCases().stream().flatMap(u -> u.rows().stream().map(row -> document(u, row))).toList();
    }

    static String subtitle(UseCase useCase) {
        return useCase.name() + (useCase.derived() ? " (derived)" : "");
    }

    static SearchDocument document(UseCase useCase, UseCaseRow row) {
        Standard first = row.standards().getFirst();
        String body = PlainText.of(row.purpose()) + " Systems: " + String.join(", ", row.systems()) + ".";
        return new SearchDocument(new HitTarget.UseCaseRowTarget(row.useCaseId(), row.number()), row.label(), subtitle(useCase), List.of(row.label()),
                List.of(), List.of(useCase.name()), row.systems(), body, List.of(), List.of(), Optional.of(first.category()),
                Optional.of(first.group()), Optional.of(first.maturity()), PRIOR, List.of());
    }
}
