package org.rspnavigator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rspnavigator.model.load.CatalogLoader;

/**
 * The facts of the radiology sharing, media, import, reporting, AI and cardiology workflow profiles, as the
 * real catalog states them: actors, each transaction's title and ends, options per actor, and how far key
 * facts are confirmed.
 */
class RadSharingProfileFactsTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.loadFromClasspath();
    }

    private static Profile profile(String id) {
        return catalog.profile(id).orElseThrow(() -> new AssertionError("no profile " + id));
    }

    private static List<String> actors(String id) {
        return profile(id).actors().stream().map(ProfileActor::name).toList();
    }

    private static ProfileTransaction transaction(String profile, String id) {
        return profile(profile).transactions().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no transaction " + id + " in " + profile));
    }

    private static ProfileActor actor(String profile, String name) {
        return profile(profile).actor(name).orElseThrow(() -> new AssertionError("no actor " + name + " in " + profile));
    }

    private static Map<String, List<String>> options(String id) {
        return profile(id).actors().stream().filter(a -> !a.options().isEmpty()).collect(Collectors.toMap(
                ProfileActor::name, a -> a.options().stream().map(ActorOption::name).toList()));
    }

    private static ActorOption option(String profile, String actor, String option) {
        return actor(profile, actor).options().stream().filter(o -> o.name().equals(option)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + option + " for " + actor + " in " + profile));
    }

    // XDS-I.b

    @Test
    void xdsIbHasTheImagingActorsAndTheXdsInfrastructureItUses() {
        assertThat(actors("xds-i-b")).containsExactly("Imaging Document Source", "Imaging Document Consumer",
                "Document Repository", "Document Registry");
    }

    @Test
    void xdsIbTransactionsHaveTheirTitlesAndBothEnds() {
        assertThat(profile("xds-i-b").transactions())
                .extracting(ProfileTransaction::id, ProfileTransaction::name, ProfileTransaction::initiators,
                        ProfileTransaction::responders)
                .containsExactly(
                        tuple("RAD-68", "Provide and Register Imaging Document Set – MTOM/XOP",
                                List.of("Imaging Document Source"), List.of("Document Repository")),
                        tuple("RAD-69", "Retrieve Imaging Document Set", List.of("Imaging Document Consumer"),
                                List.of("Imaging Document Source")),
                        tuple("RAD-55", "WADO Retrieve", List.of("Imaging Document Consumer"),
                                List.of("Imaging Document Source")),
                        tuple("RAD-16", "Retrieve Images", List.of("Imaging Document Consumer"),
                                List.of("Imaging Document Source")),
                        tuple("RAD-27", "Retrieve Reports", List.of("Imaging Document Consumer"),
                                List.of("Imaging Document Source")),
                        tuple("RAD-31", "Retrieve Key Image Notes", List.of("Imaging Document Consumer"),
                                List.of("Imaging Document Source")),
                        tuple("RAD-45", "Retrieve Evidence Documents", List.of("Imaging Document Consumer"),
                                List.of("Imaging Document Source")),
                        tuple("ITI-18", "Registry Stored Query", List.of("Imaging Document Consumer"),
                                List.of("Document Registry")),
                        tuple("ITI-43", "Retrieve Document Set", List.of("Imaging Document Consumer"),
                                List.of("Document Repository")),
                        tuple("ITI-42", "Register Document Set-b", List.of("Document Repository"),
                                List.of("Document Registry")));
    }

    @Test
    void everyXdsIbTransactionHasAnInitiatorAndAResponder() {
        assertThat(profile("xds-i-b").transactions()).allSatisfy(t -> {
            assertThat(t.initiators()).as(t.id() + " initiators").isNotEmpty();
            assertThat(t.responders()).as(t.id() + " responders").isNotEmpty();
        });
    }

    @Test
    void xdsIbOptionsPerActor() {
        assertThat(options("xds-i-b")).containsOnly(
                Map.entry("Imaging Document Source",
                        List.of("Set of DICOM Instances", "PDF Report", "Text Report", "Remove Imaging Document")),
                Map.entry("Imaging Document Consumer", List.of("Set of DICOM Instances", "PDF Report", "Text Report")));
    }

    @Test
    void xdsIbKeyFactsAreConfirmedAsFarAsTheirSourcesGo() {
        assertThat(transaction("xds-i-b", "RAD-68").verification().level()).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(transaction("xds-i-b", "RAD-69").verification().level()).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(transaction("xds-i-b", "ITI-43").verification().level()).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(transaction("xds-i-b", "ITI-42").verification().level()).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(transaction("xds-i-b", "RAD-55").verification().level()).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(transaction("xds-i-b", "ITI-18").verification().level()).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(transaction("xds-i-b", "RAD-27").verification().level()).isEqualTo(VerificationLevel.UNVERIFIED);
        assertThat(option("xds-i-b", "Imaging Document Source", "Remove Imaging Document").verification().level())
                .isEqualTo(VerificationLevel.VERIFIED);
        assertThat(option("xds-i-b", "Imaging Document Source", "PDF Report").verification().level())
                .isEqualTo(VerificationLevel.PARTIAL);
        assertThat(option("xds-i-b", "Imaging Document Source", "Text Report").verification().level())
                .isEqualTo(VerificationLevel.PARTIAL);
        assertThat(option("xds-i-b", "Imaging Document Consumer", "PDF Report").verification().level())
                .isEqualTo(VerificationLevel.UNVERIFIED);
        assertThat(profile("xds-i-b").verification()).isEqualTo(VerificationLevel.PARTIAL);
    }

    @Test
    void everyXdsIbActorIsGroupedWithAnAtnaSecureNodeOrApplication() {
        assertThat(profile("xds-i-b").groupings()).filteredOn(g -> g.withProfile().equals("atna"))
                .singleElement().satisfies(g -> {
                    assertThat(g.actor()).isEmpty();
                    assertThat(g.withActors()).containsExactly("Secure Node", "Secure Application");
                    assertThat(g.verification().level()).isEqualTo(VerificationLevel.VERIFIED);
                });
        assertThat(profile("xds-i-b").groupings()).filteredOn(g -> g.withProfile().equals("ct"))
                .allSatisfy(g -> assertThat(g.verification().level()).isEqualTo(VerificationLevel.UNVERIFIED));
    }

    // XCA-I

    @Test
    void xcaIActorsTransactionsAndOptions() {
        assertThat(actors("xca-i")).containsExactly("Initiating Imaging Gateway", "Responding Imaging Gateway",
                "Imaging Document Consumer", "Imaging Document Source", "Initiating Gateway", "Responding Gateway");
        assertThat(profile("xca-i").transactions())
                .extracting(ProfileTransaction::id, ProfileTransaction::name, ProfileTransaction::initiators,
                        ProfileTransaction::responders)
                .containsExactly(
                        tuple("RAD-69", "Retrieve Imaging Document Set",
                                List.of("Imaging Document Consumer", "Responding Imaging Gateway"),
                                List.of("Initiating Imaging Gateway", "Imaging Document Source")),
                        tuple("RAD-75", "Cross Gateway Retrieve Imaging Document Set",
                                List.of("Initiating Imaging Gateway"), List.of("Responding Imaging Gateway")),
                        tuple("ITI-18", "Registry Stored Query", List.of("Imaging Document Consumer"),
                                List.of("Initiating Gateway")),
                        tuple("ITI-38", "Cross Gateway Query", List.of("Initiating Gateway"),
                                List.of("Responding Gateway")),
                        tuple("ITI-39", "Cross Gateway Retrieve", List.of("Initiating Gateway"),
                                List.of("Responding Gateway")));
        assertThat(transaction("xca-i", "RAD-69").requiredFor()).containsExactlyInAnyOrder("Imaging Document Consumer",
                "Imaging Document Source", "Initiating Imaging Gateway", "Responding Imaging Gateway");
        assertThat(transaction("xca-i", "RAD-75").requiredFor())
                .containsExactlyInAnyOrder("Initiating Imaging Gateway", "Responding Imaging Gateway");
        assertThat(transaction("xca-i", "RAD-75").verification().level()).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(options("xca-i")).containsOnly(
                Map.entry("Initiating Imaging Gateway", List.of("Asynchronous Web Services Exchange")),
                Map.entry("Imaging Document Consumer", List.of("Asynchronous Web Services Exchange")),
                Map.entry("Imaging Document Source", List.of("Asynchronous Web Services Exchange")));
        assertThat(option("xca-i", "Initiating Imaging Gateway", "Asynchronous Web Services Exchange").verification()
                .level()).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(profile("xca-i").transactions()).allSatisfy(t -> {
            assertThat(t.initiators()).as(t.id()).isNotEmpty();
            assertThat(t.responders()).as(t.id()).isNotEmpty();
        });
    }

    // PDI

    @Test
    void pdiActorsTransactionAndOptions() {
        assertThat(actors("pdi")).containsExactly("Portable Media Creator", "Portable Media Importer", "Image Display",
                "Report Reader", "Print Composer", "Display");
        assertThat(profile("pdi").transactions())
                .extracting(ProfileTransaction::id, ProfileTransaction::name, ProfileTransaction::initiators,
                        ProfileTransaction::responders)
                .containsExactly(tuple("RAD-47", "Distribute Imaging Information on Media",
                        List.of("Portable Media Creator"), List.of("Portable Media Importer", "Image Display",
                                "Report Reader", "Print Composer", "Display")));
        assertThat(options("pdi")).containsOnly(
                Map.entry("Portable Media Creator", List.of("Web Content", "DVD Media", "USB Media", "Privacy Protection")),
                Map.entry("Portable Media Importer", List.of("DVD Media", "USB Media")));
    }

    @Test
    void pdiPortableMediaCreatorHasThePrivacyProtectionOptionUnconfirmed() {
        assertThat(option("pdi", "Portable Media Creator", "Privacy Protection").verification().level())
                .isEqualTo(VerificationLevel.UNVERIFIED);
        assertThat(option("pdi", "Portable Media Creator", "DVD Media").verification().level())
                .isEqualTo(VerificationLevel.PARTIAL);
    }

    // The workflow, reporting, AI and cardiology profiles, which keep what could be sourced

    @Test
    void iocmActorsAndRejectionNote() {
        assertThat(actors("iocm")).containsExactly("Change Requester", "Image Manager/Image Archive", "Image Display",
                "Imaging Document Source", "Imaging Document Consumer");
        assertThat(transaction("iocm", "RAD-66").name()).isEqualTo("Rejection Note Stored");
        assertThat(transaction("iocm", "RAD-66").initiators())
                .containsExactly("Change Requester", "Image Manager/Image Archive");
        assertThat(transaction("iocm", "RAD-66").responders()).containsExactly("Image Manager/Image Archive");
    }

    @Test
    void irwfActorsAndTransactions() {
        assertThat(actors("irwf")).containsExactly("Importer", "Department System Scheduler/Order Filler",
                "Performed Procedure Step Manager", "Image Manager/Image Archive", "Patient Demographics Supplier");
        assertThat(profile("irwf").transactions()).extracting(ProfileTransaction::id, ProfileTransaction::name)
                .containsExactly(tuple("RAD-5", "Query Modality Worklist"), tuple("ITI-21", "Patient Demographics Query"),
                        tuple("RAD-59", "Import Procedure Step In Progress"),
                        tuple("RAD-60", "Import Procedure Step Completed"), tuple("RAD-61", "Imported Objects Stored"),
                        tuple("RAD-10", "Storage Commitment"));
        assertThat(actors("irwf-b")).containsExactly("Importer", "Department System Scheduler/Order Filler",
                "Image Manager/Image Archive");
        assertThat(profile("irwf-b").verification()).isEqualTo(VerificationLevel.PARTIAL);
    }

    @Test
    void irwfImportWorkflowIsPartlyConfirmedByTheIheWikiOnly() {
        for (String id : List.of("RAD-5", "ITI-21", "RAD-59", "RAD-60")) {
            assertThat(transaction("irwf", id).verification().level()).as(id).isEqualTo(VerificationLevel.PARTIAL);
        }
        for (String id : List.of("RAD-61", "RAD-10")) {
            assertThat(transaction("irwf", id).verification().level()).as(id).isEqualTo(VerificationLevel.UNVERIFIED);
        }
    }

    @Test
    void tceActorsTransactionsAndOptions() {
        assertThat(actors("tce")).containsExactly("Export Selector", "Export Manager", "Receiver",
                "Image Manager/Image Archive");
        assertThat(profile("tce").transactions())
                .extracting(ProfileTransaction::id, ProfileTransaction::name, ProfileTransaction::initiators)
                .containsExactly(tuple("RAD-51", "Store Export Selection", List.of("Export Selector")),
                        tuple("RAD-53", "Export Instances", List.of("Export Manager")));
        assertThat(options("tce")).containsOnly(Map.entry("Export Manager", List.of("De-identify Pixel Data",
                "Remap Identifiers", "Additional Teaching File Information", "Delay for Reason")));
    }

    @Test
    void wiaActorsTransactionsAndOptions() {
        assertThat(actors("wia")).containsExactly("Imaging Document Consumer", "Imaging Document Responder",
                "Imaging Document Source");
        assertThat(profile("wia").transactions())
                .extracting(ProfileTransaction::id, ProfileTransaction::name, ProfileTransaction::initiators,
                        ProfileTransaction::responders)
                .containsExactly(
                        tuple("RAD-129", "QIDO-RS Query", List.of("Imaging Document Consumer"),
                                List.of("Imaging Document Responder")),
                        tuple("RAD-107", "WADO-RS Retrieve", List.of("Imaging Document Consumer"),
                                List.of("Imaging Document Source")));
        assertThat(options("wia")).containsOnly(
                Map.entry("Imaging Document Consumer", List.of("MHD Document Consumer Integration")),
                Map.entry("Imaging Document Responder", List.of("XDS-I Backend")),
                Map.entry("Imaging Document Source", List.of("XDS-I Backend")));
    }

    @Test
    void mrrtActorsAndTransactions() {
        assertThat(actors("mrrt")).containsExactly("Report Template Creator", "Report Template Manager", "Report Creator");
        assertThat(profile("mrrt").transactions())
                .extracting(ProfileTransaction::id, ProfileTransaction::name, ProfileTransaction::initiators,
                        ProfileTransaction::responders)
                .containsExactly(
                        tuple("RAD-104", "Store Imaging Report Template", List.of("Report Template Creator"),
                                List.of("Report Template Manager")),
                        tuple("RAD-103", "Retrieve Imaging Report Template", List.of("Report Creator"),
                                List.of("Report Template Manager")),
                        tuple("RAD-105", "Query Imaging Report Templates", List.of("Report Creator"),
                                List.of("Report Template Manager")));
        assertThat(actor("mrrt", "Report Creator").verification().level()).isEqualTo(VerificationLevel.VERIFIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cath", "echo"})
    void cardiologyWorkflowsNameTheScheduledWorkflowActors(String id) {
        assertThat(actors(id)).contains("Image Manager/Image Archive", "Performed Procedure Step Manager", "ADT",
                "Order Placer", "Department System Scheduler/Order Filler", "Acquisition Modality", "Image Display",
                "Evidence Creator");
        assertThat(profile(id).domain()).isEqualTo(IheDomain.CARDIOLOGY);
    }

    @Test
    void cardiologyOptions() {
        assertThat(options("cath")).containsOnly(Map.entry("Image Manager/Image Archive", List.of("Cardiac Cath",
                "Intermittently Connected Modality", "Availability of PPS-Referenced Instances", "HL7 v2.5.1",
                "Intravascular Imaging")));
        assertThat(options("echo")).containsOnly(
                Map.entry("Image Manager/Image Archive", List.of("Echocardiography", "Intermittently Connected Modality",
                        "Availability of PPS-Referenced Instances", "HL7 v2.5.1")),
                Map.entry("Acquisition Modality", List.of("Intermittently Connected Modality", "Stress Echo")));
        assertThat(option("cath", "Image Manager/Image Archive", "Intravascular Imaging").verification().level())
                .isEqualTo(VerificationLevel.VERIFIED);
        assertThat(actor("echo", "Acquisition Modality").verification().level()).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(option("echo", "Acquisition Modality", "Stress Echo").verification().level())
                .isEqualTo(VerificationLevel.UNVERIFIED);
    }

    @Test
    void fusAirAndAiwIActors() {
        assertThat(actors("fus")).containsExactly("Acquisition Modality", "Evidence Creator",
                "Image Manager/Image Archive", "Image Display");
        assertThat(actors("air")).containsExactly("Evidence Creator", "Image Manager/Image Archive", "Image Display");
        assertThat(transaction("air", "RAD-136").name()).isEqualTo("Display Analysis Result");
        assertThat(actors("aiw-i")).containsExactly("Task Requester", "Task Manager", "Task Performer", "Watcher",
                "Image Manager/Image Archive", "Department System Scheduler/Order Filler");
        assertThat(transaction("aiw-i", "RAD-80").name()).isEqualTo("Create UPS Workitem");
        assertThat(transaction("aiw-i", "RAD-80").initiators()).containsExactly("Task Requester");
        assertThat(transaction("aiw-i", "RAD-80").responders()).containsExactly("Task Manager");
        assertThat(transaction("aiw-i", "RAD-107").verification().level()).isEqualTo(VerificationLevel.UNVERIFIED);
        assertThat(actor("aiw-i", "Watcher").verification().level()).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(actor("aiw-i", "Task Requester").verification().level()).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(actor("aiw-i", "Task Manager").verification().level()).isEqualTo(VerificationLevel.UNVERIFIED);
        assertThat(transaction("aiw-i", "RAD-80").verification().level()).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(actor("air", "Image Manager/Image Archive").verification().level())
                .isEqualTo(VerificationLevel.PARTIAL);
    }
}
