package org.rspnavigator.documents.portfolio;

import java.util.List;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.load.CatalogLoader;

/** The real catalog, loaded once, and one-entry catalogs with hostile text for escaping tests. */
final class TestCatalogs {

    static final Catalog REAL = CatalogLoader.loadFromClasspath();

    private TestCatalogs() {
    }

    /** A catalog holding only {@code base} renamed, with the real tables and edition. */
    static Catalog withRenamed(Standard base, String briefName, String formalName, String scope) {
        Standard renamed = new Standard(base.id(), briefName, formalName, base.category(), base.group(),
                base.position(), base.maturity(), base.productAdoption(), base.siteDeployment(), base.tooling(),
                base.footnotes(), base.sdos(), base.specification(), base.clause(), base.acronyms(), base.aliases(),
                scope, base.implementationNotes(), base.toolingNote(), base.source());
        return new Catalog(REAL.edition(), REAL.tables(), List.of(renamed), List.of(), List.of());
    }
}
