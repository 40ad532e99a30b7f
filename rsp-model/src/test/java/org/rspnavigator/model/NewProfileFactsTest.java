package org.rspnavigator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rspnavigator.model.load.CatalogLoader;

/**
 * The IHE profiles added after the 2020 portfolio (IID, IMR, MADO, SOLE, IRA, PIXm, PDQm, IUA), checked
 * fact by fact against the IHE publications their sources name, and the system types that play them.
 */
class NewProfileFactsTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.loadFromClasspath();
    }

    private static Profile profile(String id) {
        return catalog.profile(id).orElseThrow(() -> new AssertionError("no profile " + id));
    }

    /** "RAD-106 Invoke Image Display: Image Display Invoker -> Image Display". */
    private static List<String> transactions(Profile p) {
        return p.transactions().stream().map(t -> t.label() + ": " + String.join(", ", t.initiators()) + " -> "
                + String.join(", ", t.responders())).toList();
    }

    /** Actor name to its option names, in file order. */
    private static Map<String, List<String>> options(Profile p) {
        return p.actors().stream().collect(Collectors.toMap(ProfileActor::name,
                a -> a.options().stream().map(ActorOption::name).toList(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private static ProfileTransaction transaction(Profile p, String id) {
        return p.transactions().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(p.id() + " has no " + id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iid", "imr", "mado", "sole", "ira", "pixm", "pdqm", "iua"})
    void isATrialImplementationOutsideThePortfolio(String id) {
        Profile p = profile(id);
        assertThat(p.portfolioEntry()).as(id).isEmpty();
        assertThat(p.status()).as(id).isEqualTo(ProfileStatus.TRIAL_IMPLEMENTATION);
        assertThat(p.statusVerification().level()).as(id).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(p.purpose()).as(id).isNotBlank();
        assertThat(catalog.standards()).as(id).noneMatch(s -> catalog.profileOf(s).map(Profile::id)
                .filter(id::equals).isPresent());
    }

    @Test
    void iidLetsTheRecordOpenTheViewer() {
        Profile iid = profile("iid");
        assertThat(iid.acronym()).isEqualTo("IID");
        assertThat(iid.name()).isEqualTo("Invoke Image Display");
        assertThat(iid.domain()).isEqualTo(IheDomain.RADIOLOGY);
        assertThat(options(iid)).containsExactly(Map.entry("Image Display Invoker", List.of()),
                Map.entry("Image Display", List.of()));
        assertThat(transactions(iid)).containsExactly("RAD-106 Invoke Image Display: Image Display Invoker -> Image Display");
        assertThat(transaction(iid, "RAD-106").verification().level()).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(iid.verification()).isEqualTo(VerificationLevel.PARTIAL);
    }

    @Test
    void imrHasItsFiveActorsAndSixTransactions() {
        Profile imr = profile("imr");
        assertThat(imr.name()).isEqualTo("Interactive Multimedia Report");
        assertThat(options(imr)).containsExactly(
                Map.entry("Report Creator", List.of("PDF Report", "HL7 Text Report")),
                Map.entry("Report Repository", List.of()),
                Map.entry("Report Reader", List.of("Advanced Image Viewing", "Advanced Measurement Viewing")),
                Map.entry("Rendered Report Reader", List.of("PDF Report")),
                Map.entry("Image Manager / Image Archive", List.of()));
        assertThat(transactions(imr)).containsExactly(
                "RAD-141 Store Multimedia Report: Report Creator -> Report Repository, Report Reader, Rendered Report Reader",
                "RAD-142 Display Multimedia Report: Report Reader -> ",
                "RAD-143 Find Multimedia Report: Report Reader, Rendered Report Reader -> Report Repository",
                "RAD-144 Retrieve Rendered Multimedia Report: Rendered Report Reader -> Report Repository",
                "RAD-107 WADO-RS Retrieve: Report Reader -> Image Manager / Image Archive",
                "RAD-136 Display Analysis Result: Report Reader -> ");
        ProfileTransaction store = transaction(imr, "RAD-141");
        assertThat(store.requiredFor()).containsExactly("Report Creator", "Report Repository");
        assertThat(store.optionalFor()).containsExactly("Report Reader", "Rendered Report Reader");
        assertThat(transaction(imr, "RAD-107").requiredFor()).containsExactly("Image Manager / Image Archive");
        assertThat(imr.groupings()).singleElement().satisfies(g -> {
            assertThat(g.actor()).contains("Report Creator");
            assertThat(g.withProfile()).isEqualTo("ct");
            assertThat(g.withActors()).containsExactly("Time Client");
        });
        assertThat(imr.buildsOn()).extracting(Standard::id).containsExactly("dicomweb", "dicom-gsps", "hl7-oru");
    }

    @Test
    void madoRetrievesOverDicomwebWithTwoManifestEncodings() {
        Profile mado = profile("mado");
        assertThat(mado.name()).isEqualTo("Manifest-based Access to DICOM Objects");
        assertThat(options(mado)).containsExactly(
                Map.entry("Content Creator", List.of()),
                Map.entry("Imaging Document Consumer", List.of("DICOM KOS-based Imaging Study Manifest",
                        "FHIR-Based Imaging Study Manifest", "Rendered Instances")),
                Map.entry("Imaging Document Source", List.of("Rendered Instances")));
        assertThat(transactions(mado)).containsExactly(
                "RAD-107 WADO-RS Retrieve: Imaging Document Consumer -> Imaging Document Source",
                "Share Content: Content Creator -> Imaging Document Consumer");
        assertThat(mado.groupings()).extracting(g -> g.actor().orElse("*") + " / " + g.withProfile() + " "
                + g.withActors()).containsExactly(
                        "Content Creator / ct [Time Client]",
                        "Imaging Document Consumer / ct [Time Client]",
                        "Imaging Document Consumer / atna [Secure Node, Secure Application]",
                        "Imaging Document Source / ct [Time Client]",
                        "Imaging Document Source / atna [Secure Node, Secure Application]");
        assertThat(mado.optionRulesOf("Imaging Document Consumer")).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(OptionRule.Kind.AT_LEAST_ONE_OF);
            assertThat(r.keptBy(List.of("Rendered Instances"))).isFalse();
            assertThat(r.keptBy(List.of("FHIR-Based Imaging Study Manifest"))).isTrue();
        });
        assertThat(mado.buildsOn()).extracting(Standard::id).containsExactly("dicomweb", "dicom-kos", "dicom-part-10");
    }

    @Test
    void soleNamesOnlyWhatItsSourcesConfirm() {
        Profile sole = profile("sole");
        assertThat(sole.name()).isEqualTo("Standardized Operational Log of Events");
        assertThat(sole.actors()).extracting(ProfileActor::name).containsExactly("Event Repository", "Event Consumer");
        assertThat(sole.actors()).allSatisfy(a -> assertThat(a.verification().level())
                .isEqualTo(VerificationLevel.PARTIAL));
        assertThat(sole.transactions()).isEmpty();
    }

    @Test
    void iraSynchronisesReportingApplicationsThroughAHub() {
        Profile ira = profile("ira");
        assertThat(ira.name()).isEqualTo("Integrated Reporting Applications");
        assertThat(options(ira)).containsOnlyKeys("Image Display", "Report Creator", "Worklist Client",
                "Evidence Creator", "Stateless Evidence Creator", "Content Creator", "Watcher", "Hub")
                .allSatisfy((actor, opts) -> assertThat(opts).as(actor).isEmpty());
        assertThat(ira.transactions()).extracting(ProfileTransaction::label).containsExactly(
                "RAD-146 Subscribe to Reporting Session", "RAD-147 Connect to Notification Channel",
                "RAD-148 Open Report Context", "RAD-149 Close Report Context", "RAD-150 Update Report Content",
                "RAD-151 Select Report Content", "RAD-152 Unsubscribe Session", "RAD-153 Get Current Context",
                "RAD-154 Distribute Context Event", "RAD-155 Generate SyncError Event", "RAD-156 Notify Error");
        List<String> subscribers = List.of("Image Display", "Report Creator", "Worklist Client", "Evidence Creator",
                "Stateless Evidence Creator", "Watcher");
        for (String id : List.of("RAD-146", "RAD-147", "RAD-152", "RAD-153", "RAD-156")) {
            assertThat(transaction(ira, id).initiators()).as(id).containsExactlyElementsOf(subscribers);
            assertThat(transaction(ira, id).responders()).as(id).containsExactly("Hub");
        }
        for (String id : List.of("RAD-148", "RAD-149")) {
            assertThat(transaction(ira, id).initiators()).as(id)
                    .containsExactly("Image Display", "Report Creator", "Worklist Client");
        }
        for (String id : List.of("RAD-150", "RAD-151")) {
            assertThat(transaction(ira, id).initiators()).as(id).containsExactly("Content Creator");
            assertThat(transaction(ira, id).optionalFor()).as(id).containsExactly("Content Creator");
            assertThat(transaction(ira, id).requiredFor()).as(id).containsExactly("Hub");
        }
        for (String id : List.of("RAD-154", "RAD-155")) {
            assertThat(transaction(ira, id).initiators()).as(id).containsExactly("Hub");
            assertThat(transaction(ira, id).responders()).as(id).containsExactlyElementsOf(subscribers);
        }
        assertThat(ira.groupingsOf("Report Creator")).singleElement()
                .satisfies(g -> assertThat(g.withActors()).containsExactly("Content Creator"));
    }

    @Test
    void pixmFeedsAndQueriesTheCrossReferenceManager() {
        Profile pixm = profile("pixm");
        assertThat(pixm.acronym()).isEqualTo("PIXm");
        assertThat(pixm.domain()).isEqualTo(IheDomain.IT_INFRASTRUCTURE);
        assertThat(options(pixm)).containsExactly(
                Map.entry("Patient Identity Source", List.of("Remove Patient")),
                Map.entry("Patient Identifier Cross-reference Consumer", List.of()),
                Map.entry("Patient Identifier Cross-reference Manager", List.of("Remove Patient")));
        assertThat(transactions(pixm)).containsExactly(
                "ITI-104 Patient Identity Feed FHIR: Patient Identity Source -> Patient Identifier Cross-reference Manager",
                "ITI-83 Mobile Patient Identifier Cross-reference Query: Patient Identifier Cross-reference Consumer"
                        + " -> Patient Identifier Cross-reference Manager");
        assertThat(pixm.transactions()).allSatisfy(t -> assertThat(t.requiredFor()).hasSize(2));
        assertThat(pixm.groupings()).isEmpty();
    }

    @Test
    void pdqmConsumerSearchesOrMatches() {
        Profile pdqm = profile("pdqm");
        assertThat(pdqm.name()).isEqualTo("Patient Demographics Query for Mobile");
        assertThat(options(pdqm)).containsExactly(
                Map.entry("Patient Demographics Consumer", List.of("Patient Search", "Match Operation")),
                Map.entry("Patient Demographics Supplier", List.of("Match Operation")));
        assertThat(transactions(pdqm)).containsExactly(
                "ITI-78 Mobile Patient Demographics Query: Patient Demographics Consumer -> Patient Demographics Supplier",
                "ITI-119 Patient Demographics Match: Patient Demographics Consumer -> Patient Demographics Supplier");
        assertThat(transaction(pdqm, "ITI-78").requiredFor()).containsExactly("Patient Demographics Supplier");
        assertThat(transaction(pdqm, "ITI-78").optionalFor()).containsExactly("Patient Demographics Consumer");
        assertThat(transaction(pdqm, "ITI-119").optionalFor())
                .containsExactly("Patient Demographics Consumer", "Patient Demographics Supplier");
        assertThat(pdqm.optionRulesOf("Patient Demographics Consumer")).singleElement()
                .satisfies(r -> assertThat(r.keptBy(List.of())).isFalse());
    }

    @Test
    void iuaHasTokenOptionsAndTimeGroupings() {
        Profile iua = profile("iua");
        assertThat(iua.name()).isEqualTo("Internet User Authorization");
        List<String> serverOptions = List.of("JWT Token", "SAML Token", "Token Introspection",
                "Authorization Server Metadata");
        assertThat(options(iua)).containsExactly(
                Map.entry("Authorization Client", List.of("Authorization Server Metadata")),
                Map.entry("Authorization Server", serverOptions),
                Map.entry("Resource Server", serverOptions));
        assertThat(transactions(iua)).containsExactly(
                "ITI-71 Get Access Token: Authorization Client -> Authorization Server",
                "ITI-72 Incorporate Access Token: Authorization Client -> Resource Server",
                "ITI-102 Introspect Token: Resource Server -> Authorization Server",
                "ITI-103 Get Authorization Server Metadata: Authorization Client, Resource Server -> Authorization Server");
        assertThat(transaction(iua, "ITI-71").requiredFor()).containsExactly("Authorization Client", "Authorization Server");
        assertThat(transaction(iua, "ITI-72").requiredFor()).containsExactly("Authorization Client", "Resource Server");
        assertThat(iua.groupings()).extracting(g -> g.actor().orElse("*") + " / " + g.withProfile() + " "
                + g.withActors()).containsExactly("Authorization Server / ct [Time Client]",
                        "Resource Server / ct [Time Client]");
        assertThat(iua.optionRulesOf("Resource Server")).singleElement().satisfies(r -> {
            assertThat(r.keptBy(List.of("Authorization Server Metadata"))).isFalse();
            assertThat(r.keptBy(List.of("JWT Token"))).isTrue();
        });
    }

    @Test
    void everyFactOfTheNewProfilesCitesASource() {
        for (String id : List.of("iid", "imr", "mado", "sole", "ira", "pixm", "pdqm", "iua")) {
            Profile p = profile(id);
            for (ProfileActor a : p.actors()) {
                assertThat(a.verification().sources()).as(id + " " + a.name()).isNotEmpty();
                a.options().forEach(o -> assertThat(o.verification().sources()).as(id + " " + o.name()).isNotEmpty());
            }
            p.transactions().forEach(t -> assertThat(t.verification().sources()).as(id + " " + t.label()).isNotEmpty());
            p.groupings().forEach(g -> assertThat(g.verification().sources()).as(id + " grouping").isNotEmpty());
        }
    }

    @Test
    void systemTypesPlayTheNewActors() {
        assertPlays("ehr", "iid", "Image Display Invoker");
        assertPlays("ehr", "pixm", "Patient Identifier Cross-reference Consumer");
        assertPlays("ehr", "pdqm", "Patient Demographics Consumer");
        assertPlays("ehr", "imr", "Rendered Report Reader");
        assertPlays("ehr", "iua", "Authorization Client");
        assertPlays("ris", "iid", "Image Display Invoker");
        assertPlays("pacs", "iid", "Image Display");
        assertPlays("pacs", "imr", "Image Manager / Image Archive");
        assertPlays("pacs", "mado", "Imaging Document Source");
        assertPlays("pacs", "ira", "Image Display");
        assertPlays("vna", "mado", "Imaging Document Source");
        assertPlays("vna", "mado", "Content Creator");
        assertPlays("image-display", "iid", "Image Display");
        assertPlays("image-display", "mado", "Imaging Document Consumer");
        assertPlays("image-display", "ira", "Image Display");
        assertPlays("report-creator", "imr", "Report Creator");
        assertPlays("report-creator", "ira", "Report Creator");
        assertPlays("report-creator", "ira", "Content Creator");
        assertPlays("cad-ai", "ira", "Evidence Creator");
        assertPlays("document-registry", "pixm", "Patient Identifier Cross-reference Manager");
        assertPlays("document-registry", "imr", "Report Repository");
        assertPlays("document-registry", "iua", "Resource Server");
        for (String type : List.of("ehr", "ris", "pacs", "vna", "image-display", "report-creator", "cad-ai",
                "document-registry")) {
            catalog.systemType(type).orElseThrow().plays().stream()
                    .filter(r -> List.of("iid", "imr", "mado", "ira", "pixm", "pdqm", "iua").contains(r.profile()))
                    .forEach(r -> assertThat(r.options()).as(type + " " + r.profile() + " " + r.actor()).isEmpty());
        }
    }

    private static void assertPlays(String type, String profile, String actor) {
        SystemType t = catalog.systemType(type).orElseThrow(() -> new AssertionError("no system type " + type));
        assertThat(t.plays()).as(type).anySatisfy(r -> {
            assertThat(r.profile()).isEqualTo(profile);
            assertThat(r.actor()).isEqualTo(actor);
        });
        assertThat(profile(profile).actor(actor)).as(profile + " " + actor).isPresent();
    }
}
