package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.platform.web.Api;
import java.util.List;

import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.CatalogEdition;
import org.rspnavigator.model.Footnote;
import org.rspnavigator.model.RegionalLevel;
import org.rspnavigator.model.Relation.RelationView;
import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.Term;
import org.rspnavigator.model.Trend;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;

/** The wire format of the catalog API. Vocabulary values are written as their slugs. */
public final class CatalogJson {

    private CatalogJson() {
    }


    record Edition(String edition, String sourceDocument, String sourceTitle) {
        static Edition of(CatalogEdition e) {
            return new Edition(e.edition(), e.sourceDocument(), e.sourceTitle());
        }
    }

    record StandardList(Edition edition, String filter, int count, List<StandardJson> standards) {
    }

    record StandardJson(String id, String briefName, String formalName, String category, String categoryLabel,
            String interoperability, int table, String group, int position, String maturity, Rating productAdoption,
            Rating siteDeployment, String tooling, List<FootnoteJson> footnotes, List<SdoJson> sdos,
            String specification, String clause, String provenance, List<String> acronyms, List<String> aliases,
            List<RelationJson> relations, List<UseCaseRowRef> useCaseRows, String scope, String implementationNotes,
            String toolingNote, String href) {

        static StandardJson of(Standard s, Catalog catalog) {
            return new StandardJson(s.id(), s.briefName(), s.formalName(), s.category().slug(), s.category().label(),
                    s.category().interoperability().slug(), s.table(), s.group().slug(), s.position(),
                    s.maturity().slug(), Rating.of(s.productAdoption()), Rating.of(s.siteDeployment()),
                    s.tooling().slug(), s.footnotes().stream().map(FootnoteJson::of).toList(),
                    s.sdos().stream().map(SdoJson::of).toList(), s.specification().orElse(null), s.clause(),
                    s.provenance(), s.acronyms(), s.aliases(),
                    catalog.relationsOf(s).stream().map(RelationJson::of).toList(),
                    catalog.useCaseRowsFor(s).stream().map(UseCaseRowRef::of).toList(), s.scope(),
                    s.implementationNotes(), s.toolingNote(), Api.V1 + "/standards/" + s.id());
        }
    }

    /**
     * A product-adoption or site-deployment rating. {@code level} is absent when the table gives
     * the level per region only; {@code summary} spells the rating out for people.
     */
    record Rating(String level, String summary, FootnoteJson footnote) {
        static Rating of(AdoptionRating r) {
            return new Rating(r.level().map(Term::slug).orElse(null), r.describe(),
                    r.footnote().map(FootnoteJson::of).orElse(null));
        }
    }

    record FootnoteJson(int table, String mark, String kind, List<RegionalLevelJson> regionalLevels, String text,
            String summary) {
        static FootnoteJson of(Footnote f) {
            return new FootnoteJson(f.table(), f.mark(), f.kind().slug(),
                    f.regionalLevels().stream().map(RegionalLevelJson::of).toList(), f.text().orElse(null),
                    f.describe());
        }
    }

    record RegionalLevelJson(List<String> regions, String level, String trend) {
        static RegionalLevelJson of(RegionalLevel r) {
            return new RegionalLevelJson(r.regions().stream().map(Term::slug).toList(), r.level().slug(),
                    r.trend().map(Trend::slug).orElse(null));
        }
    }

    record SdoJson(String id, String name, String fullName) {
        static SdoJson of(Sdo s) {
            return new SdoJson(s.slug(), s.label(), s.fullName());
        }
    }

    /** A relation read from the standard it is listed under: {@code superseded-by ihe-swf-b}. */
    record RelationJson(String kind, String label, String standard, String briefName, String statedIn, String href) {
        static RelationJson of(RelationView v) {
            return new RelationJson(v.kind(), v.label(), v.other().id(), v.other().briefName(), v.statedIn(),
                    Api.V1 + "/standards/" + v.other().id());
        }
    }

    record UseCaseRowRef(String useCase, int row, String label, List<String> systems) {
        static UseCaseRowRef of(UseCaseRow r) {
            return new UseCaseRowRef(r.useCaseId(), r.number(), r.label(), r.systems());
        }
    }

    record UseCaseList(Edition edition, int count, List<UseCaseJson> useCases) {
    }

    record UseCaseJson(String id, String name, String clause, Integer table, boolean derived,
            List<String> derivedFrom, String provenance, String description, List<UseCaseFootnoteJson> footnotes,
            List<String> systems, List<UseCaseRowJson> rows, String href) {
        static UseCaseJson of(UseCase u) {
            return new UseCaseJson(u.id(), u.name(), u.clause(), u.table().orElse(null), u.derived(), u.derivedFrom(),
                    u.provenance(), u.description(),
                    u.footnotes().stream().map(f -> new UseCaseFootnoteJson(f.mark(), f.text())).toList(),
                    u.systems(), u.rows().stream().map(UseCaseRowJson::of).toList(), Api.V1 + "/use-cases/" + u.id());
        }
    }

    record UseCaseFootnoteJson(String mark, String text) {
    }

    record UseCaseRowJson(int number, String label, String category, List<StandardRef> standards,
            List<String> systems, String purpose, List<String> footnotes, String basis) {
        static UseCaseRowJson of(UseCaseRow r) {
            return new UseCaseRowJson(r.number(), r.label(), r.category().slug(),
                    r.standards().stream().map(StandardRef::of).toList(), r.systems(), r.purpose(), r.footnotes(),
                    r.basis().orElse(null));
        }
    }

    public record StandardRef(String id, String briefName, String group, String href) {
        public static StandardRef of(Standard s) {
            return new StandardRef(s.id(), s.briefName(), s.group().slug(), Api.V1 + "/standards/" + s.id());
        }
    }
}
