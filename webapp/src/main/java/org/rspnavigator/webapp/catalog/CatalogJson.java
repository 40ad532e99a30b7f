package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.platform.web.Api;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.CatalogEdition;
import org.rspnavigator.model.Correction;
import org.rspnavigator.model.Footnote;
import org.rspnavigator.model.FootnoteKind;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.RegionalLevel;
import org.rspnavigator.model.Relation.RelationView;
import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.StandardQuery;
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

    /**
     * The standards a filter selects. {@code noLevelForRegion} is present when the filter compares
     * levels in a region: the standards that every other filter selects but whose footnote gives no
     * level there, whether left out ({@code included: false}) or kept ({@code no-level=include}).
     */
    record StandardList(Edition edition, String filter, int count, List<StandardJson> standards,
            NoLevelForRegion noLevelForRegion) {

        static StandardList of(Catalog catalog, StandardQuery query) {
            List<StandardJson> standards = query.apply(catalog).stream()
                    .map(s -> StandardJson.of(s, catalog, query.region())).toList();
            NoLevelForRegion noLevel = query.comparesRegionalLevels()
                    ? NoLevelForRegion.of(catalog, query) : null;
            return new StandardList(Edition.of(catalog.edition()), query.describe(), standards.size(), standards,
                    noLevel);
        }
    }

    record NoLevelForRegion(String region, String regionLabel, boolean included, int count, String summary,
            List<StandardRef> standards) {
        static NoLevelForRegion of(Catalog catalog, StandardQuery query) {
            Region region = query.region().orElseThrow();
            boolean included = query.noLevel() == StandardQuery.NoLevel.INCLUDE;
            List<Standard> standards = query.noLevelForRegion(catalog);
            return new NoLevelForRegion(region.slug(), region.label(), included, standards.size(),
                    NoLevelNotice.summary(standards, region, included),
                    standards.stream().map(StandardRef::of).toList());
        }
    }

    record StandardJson(String id, String briefName, String formalName, String category, String categoryLabel,
            String interoperability, int table, String group, int position, String maturity, Rating productAdoption,
            Rating siteDeployment, String tooling, List<FootnoteJson> footnotes, List<SdoJson> sdos,
            String specification, String clause, String provenance, List<String> acronyms, List<String> aliases,
            CorrectionJson correction, List<RelationJson> relations, List<UseCaseRowRef> useCaseRows, String scope,
            String implementationNotes, String toolingNote, String href) {

        static StandardJson of(Standard s, Catalog catalog) {
            return of(s, catalog, Optional.empty());
        }

        /** With {@code region} chosen, each rating also says what applies there ({@code inRegion}). */
        static StandardJson of(Standard s, Catalog catalog, Optional<Region> region) {
            return new StandardJson(s.id(), s.briefName(), s.formalName(), s.category().slug(), s.category().label(),
                    s.category().interoperability().slug(), s.table(), s.group().slug(), s.position(),
                    s.maturity().slug(), Rating.of(s.productAdoption(), region),
                    Rating.of(s.siteDeployment(), region), s.tooling().slug(),
                    s.footnotes().stream().map(FootnoteJson::of).toList(),
                    s.sdos().stream().map(SdoJson::of).toList(), s.specification().orElse(null), s.clause(),
                    s.provenance(), s.acronyms(), s.aliases(),
                    s.correction().map(c -> CorrectionJson.of(c, "Table " + s.table())).orElse(null),
                    catalog.relationsOf(s).stream().map(RelationJson::of).toList(),
                    catalog.useCaseRowsFor(s).stream().map(UseCaseRowRef::of).toList(), s.scope(),
                    s.implementationNotes(), s.toolingNote(), Api.V1 + "/standards/" + s.id());
        }
    }

    /**
     * A product-adoption or site-deployment rating. {@code level} is absent when the table gives
     * the level per region only; {@code summary} spells the rating out for people. {@code byRegion}
     * lists, for a rating a regional footnote qualifies, what applies in each region, "No level for
     * this region" where the footnote gives none; {@code inRegion} is the region the request chose.
     */
    record Rating(String level, String summary, FootnoteJson footnote, List<RegionRating> byRegion,
            RegionRating inRegion) {
        static Rating of(AdoptionRating r) {
            return of(r, Optional.empty());
        }

        static Rating of(AdoptionRating r, Optional<Region> region) {
            boolean regional = r.footnote().map(f -> f.kind() == FootnoteKind.REGIONAL_VARIATION).orElse(false);
            List<RegionRating> byRegion = regional
                    ? Arrays.stream(Region.values()).map(each -> RegionRating.of(r, each)).toList()
                    : List.of();
            return new Rating(r.level().map(Term::slug).orElse(null), r.describe(),
                    r.footnote().map(FootnoteJson::of).orElse(null), byRegion,
                    region.map(chosen -> RegionRating.of(r, chosen)).orElse(null));
        }
    }

    /** A rating in one region: {@code level} is {@code null} and {@code noLevel} true where the footnote gives none. */
    record RegionRating(String region, String regionLabel, String level, boolean noLevel, String label) {
        static RegionRating of(AdoptionRating r, Region region) {
            Optional<org.rspnavigator.model.AdoptionLevel> level = r.levelIn(region);
            return new RegionRating(region.slug(), region.label(), level.map(Term::slug).orElse(null),
                    level.isEmpty(), r.describeIn(region));
        }
    }

    /**
     * A correction, disclosed: in {@code column} the catalog holds something else than what
     * {@code table} prints ({@code printed}), for {@code reason}.
     */
    record CorrectionJson(String column, String columnLabel, String table, String printed, String reason) {
        static CorrectionJson of(Correction c, String table) {
            return new CorrectionJson(c.column().slug(), c.column().label(), table, c.printed(), c.reason());
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

    /**
     * A relation read from the standard it is listed under: {@code superseded-by ihe-swf-b}.
     * {@code statedIn} is a table ("Table 5") or a clause number ("5.4.1.8"); {@code citation}
     * spells it out; {@code note} (the project's words) qualifies it, or is {@code null}.
     */
    record RelationJson(String kind, String label, String standard, String briefName, String statedIn,
            String citation, String note, String href) {
        static RelationJson of(RelationView v) {
            return new RelationJson(v.kind(), v.label(), v.other().id(), v.other().briefName(), v.statedIn(),
                    v.citation(), v.note().orElse(null), Api.V1 + "/standards/" + v.other().id());
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
            String table = u.table().map(t -> "Table " + t).orElse("");
            return new UseCaseJson(u.id(), u.name(), u.clause(), u.table().orElse(null), u.derived(), u.derivedFrom(),
                    u.provenance(), u.description(),
                    u.footnotes().stream().map(f -> new UseCaseFootnoteJson(f.mark(), f.text())).toList(),
                    u.systems(), u.rows().stream().map(r -> UseCaseRowJson.of(r, table)).toList(),
                    Api.V1 + "/use-cases/" + u.id());
        }
    }

    record UseCaseFootnoteJson(String mark, String text) {
    }

    /** A row; {@code correction} is present where the catalog deliberately differs from the printed table. */
    record UseCaseRowJson(int number, String label, String category, List<StandardRef> standards,
            List<String> systems, String purpose, List<String> footnotes, String basis, CorrectionJson correction) {
        static UseCaseRowJson of(UseCaseRow r, String table) {
            return new UseCaseRowJson(r.number(), r.label(), r.category().slug(),
                    r.standards().stream().map(StandardRef::of).toList(), r.systems(), r.purpose(), r.footnotes(),
                    r.basis().orElse(null), r.correction().map(c -> CorrectionJson.of(c, table)).orElse(null));
        }
    }

    public record StandardRef(String id, String briefName, String group, String href) {
        public static StandardRef of(Standard s) {
            return new StandardRef(s.id(), s.briefName(), s.group().slug(), Api.V1 + "/standards/" + s.id());
        }
    }
}
