package org.rspnavigator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rspnavigator.model.Relation.RelationView;
import org.rspnavigator.model.load.CatalogLoader;

/** The real catalog, checked against an independent reading of ISO 21860:2020. */
class CatalogContentsTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.loadFromClasspath();
    }

    static List<Iso21860Tables.Row> printedRows() {
        return Iso21860Tables.read().rows();
    }

    private static Standard standard(String id) {
        return catalog.standard(id).orElseThrow(() -> new AssertionError("no standard " + id));
    }

    @Test
    void holdsTheEightyThreeStandardsOfTablesOneToFive() {
        assertThat(catalog.standards()).hasSize(83);
        assertThat(catalog.standards()).extracting(Standard::id)
                .containsExactlyInAnyOrderElementsOf(printedRows().stream().map(Iso21860Tables.Row::id).toList());
    }

    @Test
    void countsPerTableAndGroupAreThoseOfThePortfolio() {
        Map<String, Long> counts = catalog.standards().stream()
                .collect(Collectors.groupingBy(s -> s.table() + "/" + s.group().slug(), Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("1/preferred", 5L), Map.entry("1/legacy", 2L), Map.entry("1/emerging", 4L),
                Map.entry("2/preferred", 18L), Map.entry("2/emerging", 15L),
                Map.entry("3/preferred", 10L), Map.entry("3/legacy", 2L), Map.entry("3/emerging", 1L),
                Map.entry("4/preferred", 6L),
                Map.entry("5/preferred", 15L), Map.entry("5/legacy", 2L), Map.entry("5/emerging", 3L)));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource("printedRows")
    void ratingsAreThoseTheTablePrints(Iso21860Tables.Row row) {
        Standard s = standard(row.id());
        assertThat(s.briefName()).isEqualTo(row.briefName());
        assertThat(s.table()).isEqualTo(row.table());
        assertThat(s.group().slug()).isEqualTo(row.group());
        assertThat(s.position()).as("row within its group").isEqualTo(row.position());
        assertThat(s.maturity().label()).isEqualTo(row.maturity());
        assertThat(asPrinted(s.productAdoption())).isEqualTo(row.productAdoption());
        assertThat(asPrinted(s.siteDeployment())).isEqualTo(row.siteDeployment());
        assertThat(s.tooling().label()).isEqualTo(row.tooling());
    }

    /** The cell as the table prints it: "Moderate", "^a", "Low ^a". */
    private static String asPrinted(AdoptionRating rating) {
        String level = rating.level().map(AdoptionLevel::label).orElse("");
        String mark = rating.footnote().map(f -> "^" + f.mark()).orElse("");
        return (level + " " + mark).strip();
    }

    @Test
    void tablesAreListedInTableOrder() {
        assertThat(catalog.standards().getFirst().briefName()).isEqualTo("LOINC");
        assertThat(catalog.standards().getLast().briefName()).isEqualTo("IHE IRWF.b");
        assertThat(catalog.standards(Category.INFORMATION_EXCHANGE, AssessmentGroup.LEGACY))
                .extracting(Standard::briefName).containsExactly("DICOM WADO-URI", "HL7 ORM");
    }

    @Test
    void regionalFootnotesGiveTheLevelPerRegion() {
        AdoptionRating icd10 = standard("icd-10").siteDeployment();
        assertThat(icd10.isRegional()).isTrue();
        assertThat(icd10.levelIn(Region.US)).contains(AdoptionLevel.HIGH);
        assertThat(icd10.levelIn(Region.CANADA)).contains(AdoptionLevel.HIGH);
        assertThat(icd10.levelIn(Region.EUROPE)).contains(AdoptionLevel.LOW);
        assertThat(icd10.levelIn(Region.JAPAN)).contains(AdoptionLevel.LOW);

        for (String id : List.of("ihe-xds-b", "ihe-xds-i-b")) {
            Footnote f = standard(id).siteDeployment().footnote().orElseThrow();
            assertThat(f.reference()).isEqualTo("Table 3, footnote a");
            assertThat(f.regionalLevels()).extracting(RegionalLevel::regions, RegionalLevel::level, RegionalLevel::trend)
                    .containsExactly(
                            tuple(List.of(Region.EUROPE, Region.CANADA), AdoptionLevel.MODERATE, java.util.Optional.empty()),
                            tuple(List.of(Region.US), AdoptionLevel.LOW, java.util.Optional.of(Trend.RISING)),
                            tuple(List.of(Region.ELSEWHERE), AdoptionLevel.LOW, java.util.Optional.empty()));
        }

        AdoptionRating swfb = standard("ihe-swf-b").siteDeployment();
        assertThat(swfb.levelIn(Region.EUROPE)).contains(AdoptionLevel.MODERATE);
        assertThat(swfb.levelIn(Region.JAPAN)).contains(AdoptionLevel.MODERATE);
        assertThat(swfb.levelIn(Region.US)).contains(AdoptionLevel.LOW);
        assertThat(swfb.levelIn(Region.CANADA)).as("footnote names no level for Canada").isEmpty();
        assertThat(swfb.describe()).isEqualTo("Moderate in Europe and Japan; Low in US");
    }

    @Test
    void caveatsAreKeptAsStructuredFootnotes() {
        Standard ecg = standard("dicom-ecg-iods");
        assertThat(ecg.productAdoption().level()).contains(AdoptionLevel.LOW);
        assertThat(ecg.productAdoption().footnote()).get()
                .extracting(Footnote::kind, Footnote::reference)
                .containsExactly(FootnoteKind.CAVEAT, "Table 2, footnote a");
        assertThat(ecg.siteDeployment().footnote()).isPresent();

        for (String id : List.of("snomed-ct-rt", "snomed-ct-numeric")) {
            assertThat(standard(id).footnotes()).singleElement()
                    .satisfies(f -> {
                        assertThat(f.reference()).isEqualTo("Table 1, footnote b");
                        assertThat(f.text().orElseThrow().toLowerCase(Locale.ROOT)).contains("licens");
                    });
        }
    }

    @Test
    void relationsReadFromBothEnds() {
        assertThat(views("ihe-swf")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("superseded by", "ihe-swf-b"), tuple("profiled by", "ihe-cath"),
                        tuple("profiled by", "ihe-echo"));
        assertThat(views("ihe-swf-b")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("supersedes", "ihe-swf"), tuple("supersedes", "ihe-pir"),
                        tuple("profiles", "dicom-mwl"), tuple("profiles", "hl7-omg"));
        assertThat(views("icd-9")).extracting(RelationView::label, v -> v.other().id())
                .containsExactly(tuple("superseded by", "icd-10"));
        assertThat(views("icd-10")).extracting(RelationView::label, v -> v.other().id())
                .containsExactlyInAnyOrder(tuple("supersedes", "icd-9"), tuple("will be superseded by", "icd-11"),
                        tuple("supplies codes to", "dicom-context-groups"));
        assertThat(views("dicom-wado-uri")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("superseded by", "dicomweb"));
        assertThat(views("hl7-orm")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("superseded by", "hl7-omg"));
        assertThat(views("snomed-ct-rt")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("superseded by", "snomed-ct-numeric"));
        assertThat(views("ihe-irwf")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("will be superseded by", "ihe-irwf-b"), tuple("extended by", "ihe-irwf-b"));
        assertThat(views("ihe-xds-i-b")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("extends", "ihe-xds-b"));
        assertThat(views("ihe-kin")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("profiles", "dicom-kos"));
        assertThat(views("ihe-atna")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("incorporates", "dicom-audit"), tuple("profiled by", "ihe-atna-radiology-option"));
        assertThat(views("ihe-cpi")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("profiles", "dicom-gsps"), tuple("profiles", "dicom-gsdf"));
    }

    @Test
    void table5UsedWithReadsTheSameFromBothSides() {
        RelationView fromPir = views("ihe-pir").stream().filter(v -> v.other().id().equals("ihe-swf")).findFirst()
                .orElseThrow();
        RelationView fromSwf = views("ihe-swf").stream().filter(v -> v.other().id().equals("ihe-pir")
                && v.kind().equals("used-with")).findFirst().orElseThrow();
        assertThat(List.of(fromPir, fromSwf)).allSatisfy(v -> {
            assertThat(v.kind()).isEqualTo("used-with");
            assertThat(v.label()).isEqualTo("used with");
            assertThat(v.statedIn()).isEqualTo("Table 5");
            assertThat(v.citation()).isEqualTo("ISO 21860:2020 Table 5");
        });
        assertThat(fromPir.relation()).isSameAs(fromSwf.relation());
    }

    /** Relations ISO 21860 states only in the prose of a clause, each cited by that clause. */
    @Test
    void relationsStatedInClauseProse() {
        assertThat(relations("5.3.1.7")).containsExactly("radlex-playbook published in loinc");
        assertThat(relations("5.3.1.5")).containsExactlyInAnyOrder(
                "dicom-context-groups draws codes from snomed-ct-numeric",
                "dicom-context-groups draws codes from snomed-ct-rt",
                "dicom-context-groups draws codes from loinc", "dicom-context-groups draws codes from ucum",
                "dicom-context-groups draws codes from dicom-codes", "dicom-context-groups draws codes from icd-10");
        assertThat(relations("5.3.2.21")).containsExactly("rad-report uses the format of ihe-mrrt");
        assertThat(relations("5.3.2.19")).containsExactly("dicom-part-20 transcodes dicom-sr");
        assertThat(relations("5.4.1.8")).containsExactly("dicomweb mirrors dicom-dimse-services");
        assertThat(relations("5.4.1.11")).containsExactly("ihe-xds-i-b promotes dicom-wado-uri");
        assertThat(relations("5.4.1.13")).containsExactly("ihe-wia can be combined with ihe-xds-b");
        assertThat(relations("5.4.3.9")).containsExactlyInAnyOrder("ihe-nmi supplements ihe-swf",
                "ihe-nmi supplements ihe-swf-b");
        assertThat(relations("5.4.3.16")).containsExactly("ihe-swf depends on ihe-pir");
        assertThat(relations("5.4.3.19")).containsExactlyInAnyOrder("dicom-ups roughly combines dicom-mwl",
                "dicom-ups roughly combines dicom-mpps");

        assertThat(views("loinc")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("publishes", "radlex-playbook"), tuple("supplies codes to", "dicom-context-groups"));
        assertThat(views("dicom-wado-uri")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("promoted by", "ihe-xds-i-b"));
        assertThat(views("ihe-xds-b")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("can be combined with", "ihe-wia"));
        assertThat(views("dicom-mwl")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("roughly combined in", "dicom-ups"));
        assertThat(views("ihe-pir")).extracting(RelationView::label, v -> v.other().id())
                .contains(tuple("depended on by", "ihe-swf"));
        assertThat(views("radlex-playbook")).singleElement().satisfies(v -> {
            assertThat(v.citation()).isEqualTo("ISO 21860:2020 clause 5.3.1.7");
            assertThat(v.note()).hasValueSatisfying(n -> assertThat(n).contains("2.6"));
        });
    }

    /** Every relation cites where ISO 21860 states it, and each clause it cites describes one of its two ends. */
    @Test
    void relationsCiteATableOrTheClauseOfOneOfTheirEnds() {
        for (Relation r : catalog.relations()) {
            assertThat(r.statedIn()).as(r.toString()).matches(Relation.STATED_IN);
            if (!r.statedIn().startsWith("Table")) {
                assertThat(List.of(r.from().clause(), r.to().clause())).as(r.toString()).contains(r.statedIn());
            }
        }
    }

    private static List<String> relations(String statedIn) {
        return catalog.relations().stream().filter(r -> r.statedIn().equals(statedIn)).map(Relation::toString).toList();
    }

    @Test
    void editorialCorrectionsAreDisclosedAsData() {
        UseCaseRow ucum = catalog.useCase("device-to-department").orElseThrow().rows().stream()
                .filter(r -> r.label().equals("UCUM")).findFirst().orElseThrow();
        assertThat(ucum.systems()).containsExactly("Modalities", "Clinical Applications", "Reporting Systems");
        assertThat(ucum.correction()).hasValueSatisfying(c -> {
            assertThat(c.column()).isEqualTo(CorrectedColumn.SYSTEMS);
            assertThat(c.printed()).isEqualTo("Modalities, Clinical Applications, Reporting Systems Creators");
            assertThat(c.printed()).isNotEqualTo(ucum.cell(c.column()));
            assertThat(c.reason()).isNotBlank();
        });
        assertThat(standard("dicom-wado-uri").correction()).hasValueSatisfying(c -> {
            assertThat(c.column()).isEqualTo(CorrectedColumn.BRIEF_NAME);
            assertThat(c.printed()).isEqualTo("DICOM WA-DO-URI");
        });
        long corrected = catalog.useCases().stream().flatMap(u -> u.rows().stream())
                .filter(r -> r.correction().isPresent()).count()
                + catalog.standards().stream().filter(s -> s.correction().isPresent()).count();
        assertThat(corrected).as("the corrections the catalog makes").isEqualTo(2);
    }

    private static List<RelationView> views(String id) {
        return catalog.relationsOf(standard(id));
    }

    @Test
    void everyLegacyStandardNamesWhatSupersedesIt() {
        for (Standard s : catalog.standards()) {
            if (s.group() == AssessmentGroup.LEGACY) {
                assertThat(catalog.relationsOf(s)).as(s.briefName())
                        .anyMatch(v -> v.kind().equals("superseded-by"));
            }
        }
    }

    @Test
    void clauseFactsAreCarriedOver() {
        assertThat(standard("dicom-ct-rdsr").specification()).contains("PS3.16 TID 10011");
        assertThat(standard("dicom-ct-rdsr").clause()).isEqualTo("5.3.2.8");
        assertThat(standard("dicom-ct-rdsr").provenance()).isEqualTo("ISO 21860:2020 Table 2, clause 5.3.2.8");
        assertThat(standard("dicom-mwl").specification()).contains("PS3.4 Annex K");
        assertThat(standard("dicom-wado-uri").clause()).isEqualTo("5.4.1.11");
        assertThat(standard("radlex-playbook").sdos()).containsExactly(Sdo.RSNA, Sdo.REGENSTRIEF);
        assertThat(standard("ihe-xds-b").sdos()).containsExactly(Sdo.IHE_ITI);
        assertThat(standard("ihe-cath").sdos()).containsExactly(Sdo.IHE_CARDIOLOGY);
        assertThat(standard("ihe-xds-i-b").acronyms()).contains("XDS-I.b", "XDS-I");
    }

    @Test
    void everyStandardHasItsOwnDescriptiveText() {
        for (Standard s : catalog.standards()) {
            assertThat(s.scope()).as(s.id() + " scope").isNotBlank();
            assertThat(s.implementationNotes()).as(s.id() + " implementation notes").isNotBlank();
            assertThat(s.toolingNote()).as(s.id() + " tooling note").isNotBlank();
        }
        assertThat(catalog.standards()).extracting(Standard::scope).doesNotHaveDuplicates();
    }

    @Test
    void useCasesHoldTheRowsOfTablesSixAndSeven() {
        UseCase d2d = catalog.useCase("device-to-department").orElseThrow();
        UseCase d2e = catalog.useCase("department-to-enterprise").orElseThrow();
        assertThat(d2d.rows()).hasSize(27);
        assertThat(d2d.table()).contains(6);
        assertThat(d2d.clause()).isEqualTo("6.2");
        assertThat(d2e.rows()).hasSize(21);
        assertThat(d2e.table()).contains(7);
        assertThat(d2d.derived()).isFalse();
        assertThat(d2e.derived()).isFalse();

        UseCaseRow rdsr = d2d.rows().stream().filter(r -> r.label().equals("DICOM CT and X-Ray RDSR")).findFirst()
                .orElseThrow();
        assertThat(rdsr.standards()).extracting(Standard::id).containsExactly("dicom-ct-rdsr", "dicom-xray-rdsr");
        assertThat(rdsr.systems()).containsExactly("X-ray-based Modalities", "PACS", "Dose Workstations");

        UseCaseRow atna = d2e.rows().stream().filter(r -> r.label().equals("IHE ATNA with Radiology Option"))
                .findFirst().orElseThrow();
        assertThat(atna.standards()).extracting(Standard::id).containsExactly("ihe-atna", "ihe-atna-radiology-option");

        assertThat(d2d.rows().getFirst().label()).isEqualTo("SNOMED CT");
        assertThat(d2d.rows().getLast().label()).isEqualTo("IHE TCE");
        assertThat(d2e.rows().getLast().label()).isEqualTo("IHE IOCM");
        assertThat(d2e.rows()).filteredOn(r -> r.label().equals("IHE SWF.b")).singleElement()
                .satisfies(r -> assertThat(r.footnotes()).containsExactly("a"));
    }

    @Test
    void theCrossEnterpriseUseCaseIsMarkedAsDerived() {
        UseCase x = catalog.useCase("enterprise-to-cross-enterprise").orElseThrow();
        assertThat(x.derived()).isTrue();
        assertThat(x.table()).isEmpty();
        assertThat(x.clause()).isEqualTo("6.4");
        assertThat(x.provenance()).startsWith("Derived by RSP Navigator from ISO 21860:2020 clauses");
        assertThat(x.rows()).allSatisfy(r -> assertThat(r.basis()).isPresent());
        assertThat(x.rows()).flatExtracting(UseCaseRow::standards).extracting(Standard::id)
                .contains("ihe-xds-i-b", "ihe-xds-b", "ihe-xca-i", "ihe-xca", "ihe-bppc", "ihe-atna", "dicom-tls");
    }

    @Test
    void useCaseRowsAreFoundFromTheStandard() {
        assertThat(catalog.useCaseRowsFor(standard("ihe-swf-b"))).extracting(UseCaseRow::useCaseId)
                .contains("device-to-department", "department-to-enterprise");
        assertThat(catalog.useCaseRowsFor(standard("ihe-nmi"))).extracting(UseCaseRow::useCaseId)
                .containsExactly("device-to-department");
    }

    @Test
    void everyIheEntryOfThePortfolioHasItsProfile() {
        for (Standard s : catalog.standards()) {
            if (s.briefName().startsWith("IHE ") && !s.id().equals("ihe-atna-radiology-option")) {
                assertThat(catalog.profileOf(s)).as(s.briefName()).isPresent()
                        .get().satisfies(p -> assertThat(s.briefName()).isEqualTo("IHE " + p.acronym()));
            }
        }
        for (String required : List.of("ct", "pix", "pdq", "fus")) {
            assertThat(catalog.profile(required)).as(required).isPresent();
        }
        ProfileActor secureNode = catalog.profile("atna").orElseThrow().actor("Secure Node").orElseThrow();
        assertThat(secureNode.option("Radiology Audit Trail")).isPresent();
    }

    @Test
    void nmiHasItsOptionsOnTheRightActors() {
        Profile nmi = catalog.profile("nmi").orElseThrow();
        assertThat(nmi.domain()).isEqualTo(IheDomain.RADIOLOGY);
        ActorOption cardiac = nmi.actor("Image Display").orElseThrow().option("Cardiac NM").orElseThrow();
        assertThat(cardiac.verification().sources()).isNotEmpty();
        assertThat(nmi.actor("Evidence Creator").orElseThrow().option("Result Screen Export")).isPresent();
        assertThat(nmi.transactionsOf("Image Display")).extracting(ProfileTransaction::id).contains("RAD-14", "RAD-16");
        assertThat(nmi.related()).extracting(Profile.RelatedProfile::profile).contains("fus");
    }

    @Test
    void xdsBRequiresCtAndAtnaForEveryActor() {
        Profile xds = catalog.profile("xds-b").orElseThrow();
        for (ProfileActor actor : xds.actors()) {
            assertThat(xds.groupingsOf(actor.name())).as(actor.name()).extracting(Grouping::withProfile)
                    .contains("ct", "atna");
        }
        ProfileTransaction query = xds.transactions().stream().filter(t -> t.id().equals("ITI-18")).findFirst()
                .orElseThrow();
        assertThat(query.initiators()).containsExactly("Document Consumer");
        assertThat(query.responders()).containsExactly("Document Registry");
        assertThat(query.optionalityFor("Document Consumer")).isEqualTo("R");
    }

    @Test
    void atnaSecureNodeMustClaimASecureTransportAndTlsForFqdnValidation() {
        Profile atna = catalog.profile("atna").orElseThrow();
        ProfileActor secureNode = atna.actor("Secure Node").orElseThrow();
        List<String> stx = secureNode.options().stream().map(ActorOption::name).filter(o -> o.startsWith("STX: "))
                .toList();
        assertThat(stx).hasSize(4);
        List<OptionRule> rules = atna.optionRulesOf("Secure Node");
        assertThat(rules).filteredOn(r -> r.kind() == OptionRule.Kind.AT_LEAST_ONE_OF)
                .anySatisfy(r -> assertThat(r.options()).containsExactlyInAnyOrderElementsOf(stx));
        assertThat(rules).filteredOn(r -> r.kind() == OptionRule.Kind.REQUIRES_ONE_OF).singleElement()
                .satisfies(r -> {
                    assertThat(r.when()).contains("FQDN Validation of Server Certificate");
                    assertThat(r.options()).containsExactly("STX: TLS 1.2 Floor using BCP195");
                    assertThat(r.verification().level()).isEqualTo(VerificationLevel.VERIFIED);
                    assertThat(r.verification().sources()).extracting(Source::id).contains("S-ITI-9");
                });
        List<String> fqdnWithoutTls = List.of("FQDN Validation of Server Certificate", "STX: S/MIME", "ATX: TLS Syslog");
        assertThat(rules).filteredOn(r -> !r.keptBy(fqdnWithoutTls)).singleElement()
                .extracting(OptionRule::kind).isEqualTo(OptionRule.Kind.REQUIRES_ONE_OF);
        assertThat(rules).allMatch(r -> r.keptBy(List.of("STX: TLS 1.2 Floor using BCP195", "ATX: TLS Syslog",
                "FQDN Validation of Server Certificate")));
        for (ProfileActor actor : atna.actors()) {
            assertThat(atna.optionRulesOf(actor.name())).as(actor.name())
                    .anySatisfy(r -> assertThat(r.options()).containsExactlyInAnyOrder("ATX: TLS Syslog", "ATX: UDP Syslog"));
        }
    }

    @Test
    void xdsBAndBppcCarryTheirOptionRules() {
        Profile xds = catalog.profile("xds-b").orElseThrow();
        for (String actor : List.of("Document Registry", "Patient Identity Source")) {
            assertThat(xds.optionRulesOf(actor)).as(actor).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(OptionRule.Kind.AT_LEAST_ONE_OF);
                assertThat(r.options()).containsExactly("Patient Identity Feed", "Patient Identity Feed HL7v3");
            });
        }
        assertThat(xds.optionRulesOf("Document Consumer")).isEmpty();
        Profile bppc = catalog.profile("bppc").orElseThrow();
        assertThat(bppc.optionRulesOf("Content Creator")).singleElement()
                .satisfies(r -> assertThat(r.keptBy(List.of("Basic Patient Privacy Acknowledgement with Scanned Document")))
                        .isFalse());
        assertThat(bppc.optionRulesOf("Content Consumer")).singleElement()
                .satisfies(r -> assertThat(r.keptBy(List.of("Basic Patient Privacy Acknowledgement View"))).isTrue());
    }

    @Test
    void everyOptionRuleNamesOnlyOptionsOfItsActors() {
        int rules = 0;
        for (Profile p : catalog.profiles()) {
            for (OptionRule r : p.optionRules()) {
                rules++;
                assertThat(p.actors()).extracting(ProfileActor::name).as(p.id()).containsAll(r.actors());
                List<ProfileActor> actors = p.actors().stream().filter(a -> r.appliesTo(a.name())).toList();
                assertThat(actors).as(p.id() + ": " + r.explanation()).isNotEmpty();
                for (ProfileActor actor : actors) {
                    List<String> named = new java.util.ArrayList<>(r.options());
                    r.when().ifPresent(named::add);
                    assertThat(actor.options()).extracting(ActorOption::name).as(p.id() + " " + actor.name())
                            .containsAll(named);
                }
                assertThat(r.explanation()).as(p.id()).isNotBlank();
                assertThat(r.verification().sources()).as(p.id() + ": " + r.explanation()).isNotEmpty();
            }
        }
        assertThat(rules).isGreaterThanOrEqualTo(6);
    }

    @Test
    void systemTypesCoverEveryPrintedSystem() {
        java.util.Set<String> named = new java.util.HashSet<>();
        catalog.systemTypes().forEach(t -> named.addAll(t.useCaseSystems()));
        for (UseCase u : catalog.useCases()) {
            assertThat(named).as(u.id()).containsAll(u.systems());
        }
        SystemType pacs = catalog.systemType("pacs").orElseThrow();
        assertThat(pacs.plays()).anySatisfy(r -> {
            assertThat(r.profile()).isEqualTo("swf-b");
            assertThat(r.actor()).startsWith("Image Manager");
        });
    }

    private static List<String> servicesOf(String standard) {
        return catalog.servicesOf(standard(standard)).stream().map(ClinicalService::id).toList();
    }

    @Test
    void clinicalServicesSayWhatBelongsToEach() {
        assertThat(catalog.clinicalServices()).extracting(ClinicalService::id).contains("general-radiology",
                "breast-imaging", "cardiology", "nuclear-medicine", "interventional", "ultrasound", "ophthalmology",
                "endoscopy");
        for (String id : List.of("ihe-cath", "ihe-echo", "dicom-echo-sr", "dicom-cardiac-cath-sr",
                "dicom-stress-testing-sr")) {
            assertThat(servicesOf(id)).as(id).containsExactly("cardiology");
        }
        for (String id : List.of("ihe-mammo", "ihe-dbt", "dicom-mammo-cad")) {
            assertThat(servicesOf(id)).as(id).containsExactly("breast-imaging");
        }
        for (String id : List.of("ihe-nmi", "ihe-rem-nm", "dicom-rrdsr")) {
            assertThat(servicesOf(id)).as(id).containsExactly("nuclear-medicine");
        }
        assertThat(servicesOf("ihe-tce")).containsExactly("teaching-research");
        // What every imaging service needs is general: no service, always in scope.
        for (String id : List.of("ihe-swf-b", "ihe-atna", "dicom-core-image-iods", "dicom-ct-rdsr", "dicom-xray-rdsr",
                "ihe-rem", "ihe-xds-i-b", "snomed-ct-numeric", "dicom-deidentification")) {
            assertThat(servicesOf(id)).as(id).isEmpty();
        }
        Profile nmi = catalog.profile("nmi").orElseThrow();
        assertThat(catalog.servicesOfOption(nmi, "Cardiac NM")).extracting(ClinicalService::id)
                .containsExactly("cardiology");
        assertThat(catalog.servicesOf(catalog.profile("fus").orElseThrow())).extracting(ClinicalService::id)
                .containsExactly("nuclear-medicine");
        for (ClinicalService c : catalog.clinicalServices()) {
            assertThat(c.description()).as(c.id()).isNotBlank();
        }
    }

    @Test
    void everyModalitySaysWhichContentObjectsItCreates() {
        Map<String, List<String>> doses = Map.of(
                "modality-ct", List.of("dicom-ct-rdsr"),
                "modality-xray", List.of("dicom-xray-rdsr"),
                "modality-mammography", List.of("dicom-xray-rdsr"),
                "modality-cath-lab", List.of("dicom-xray-rdsr"),
                "modality-nm-pet", List.of("dicom-ct-rdsr"),
                "modality-mr", List.of(),
                "modality-us", List.of(),
                "hot-lab", List.of("dicom-rrdsr"));
        doses.forEach((type, dose) -> {
            SystemType t = catalog.systemType(type).orElseThrow();
            assertThat(t.declaresCreated()).as(type).isTrue();
            assertThat(t.creates()).as(type).filteredOn(id -> id.endsWith("rdsr")).containsExactlyElementsOf(dose);
        });
        // A hybrid PET-CT or SPECT-CT is an X-ray-based modality for its CT part, and plays REM there.
        SystemType hybrid = catalog.systemType("modality-nm-pet").orElseThrow();
        assertThat(hybrid.useCaseSystems()).contains("X-ray-based Modalities");
        assertThat(hybrid.plays()).anySatisfy(r -> assertThat(r.profile()).isEqualTo("rem"));
        // Archives, viewers and dose software store or show what others create: they do not say.
        for (String type : List.of("pacs", "vna", "image-display", "dose-registry")) {
            assertThat(catalog.systemType(type).orElseThrow().declaresCreated()).as(type).isFalse();
        }
    }

    @Test
    void theEditionNamesItsSource() {
        assertThat(catalog.edition().sourceDocument()).isEqualTo("ISO 21860:2020");
        assertThat(catalog.tables()).extracting(PortfolioTable::number).containsExactly(1, 2, 3, 4, 5);
    }
}
