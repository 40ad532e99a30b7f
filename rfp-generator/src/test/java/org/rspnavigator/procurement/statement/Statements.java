package org.rspnavigator.procurement.statement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.OptionRule;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.load.CatalogLoader;

/**
 * Hand-made Integration Statements on the real catalog: a PACS that claims scheduled workflow,
 * key images, change management, imaging document sharing, cardiac cath, audit trail and consistent
 * time. The catalog's option rules are taken out, so that what the tests expect does not change as
 * rules are added to the catalog files; a test that needs rules gives a profile its own.
 */
public final class Statements {

    /** The real catalog without option rules. */
    public static final Catalog CATALOG = withRules(CatalogLoader.loadFromClasspath(), p -> List.of());

    public static final String SCRIPT = "<script>alert('statement')</script>";

    private Statements() {
    }

    public static ActorClaim actor(String name, String... options) {
        return new ActorClaim(name, Arrays.asList(options));
    }

    public static ProfileClaim profile(String id, ActorClaim... actors) {
        return new ProfileClaim(id, List.of(actors));
    }

    public static IntegrationStatement statement(ProfileClaim... profiles) {
        return new IntegrationStatement("Northwind Imaging", "Northwind PACS", "7.2", LocalDate.of(2026, 3, 1), "",
                StatementLinks.none(), List.of(profiles));
    }

    /** A PACS whose SWF.b Image Manager claims no option. */
    public static IntegrationStatement pacs() {
        return new IntegrationStatement("Northwind Imaging", "Northwind PACS", "7.2", LocalDate.of(2026, 3, 1), "3",
                new StatementLinks("https://northwind.example/ihe", "https://northwind.example/dicom.pdf",
                        "https://northwind.example/hl7.pdf"),
                List.of(profile("swf-b", actor("Image Manager/Image Archive")),
                        profile("kin", actor("Image Manager/Image Archive")),
                        profile("iocm", actor("Image Manager/Image Archive")),
                        profile("xds-i-b", actor("Imaging Document Source", "Set of DICOM Instances")),
                        profile("cath", actor("Image Manager/Image Archive", "Cardiac Cath", "HL7 v2.5.1")),
                        profile("atna", actor("Secure Node", "Radiology Audit Trail", "STX: TLS 1.2 Floor using BCP195",
                                "ATX: TLS Syslog")),
                        profile("ct", actor("Time Client"))));
    }

    /** The real catalog with {@code rules} given to the profile {@code id}. */
    public static Catalog withRules(String id, OptionRule... rules) {
        return withRules(CATALOG, p -> p.id().equals(id) ? List.of(rules) : p.optionRules());
    }

    /** The real catalog where the actor {@code actor} of {@code id} gives its option {@code option} other names. */
    public static Catalog withOtherNames(String id, String actor, String option, String... otherNames) {
        List<Profile> profiles = CATALOG.profiles().stream().map(p -> !p.id().equals(id) ? p : new Profile(p.id(),
                p.acronym(), p.name(), p.domain(), p.status(), p.statusNote(), p.statusVerification(), p.verification(),
                p.portfolioEntry(), p.buildsOn(), p.sources(), p.actors().stream().map(a -> !a.name().equals(actor) ? a
                        : new org.rspnavigator.model.ProfileActor(a.name(), a.verification(), a.options().stream()
                                .map(o -> !o.name().equals(option) ? o : new org.rspnavigator.model.ActorOption(o.name(),
                                        List.of(otherNames), o.verification())).toList())).toList(),
                p.transactions(), p.groupings(), p.optionRules(), p.related(), p.purpose(), p.notes(), p.source()))
                .toList();
        return new Catalog(CATALOG.edition(), CATALOG.tables(), CATALOG.standards(), CATALOG.relations(),
                CATALOG.useCases(), CATALOG.synonyms(), profiles, CATALOG.systemTypes());
    }

    private static Catalog withRules(Catalog c, Function<Profile, List<OptionRule>> rules) {
        List<Profile> profiles = c.profiles().stream().map(p -> new Profile(p.id(), p.acronym(), p.name(), p.domain(),
                p.status(), p.statusNote(), p.statusVerification(), p.verification(), p.portfolioEntry(), p.buildsOn(),
                p.sources(), p.actors(), p.transactions(), p.groupings(), rules.apply(p), p.related(), p.purpose(),
                p.notes(), p.source())).toList();
        return new Catalog(c.edition(), c.tables(), c.standards(), c.relations(), c.useCases(), c.synonyms(), profiles,
                c.systemTypes());
    }
}
