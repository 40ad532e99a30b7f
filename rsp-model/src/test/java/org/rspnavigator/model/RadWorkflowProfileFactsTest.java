package org.rspnavigator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.model.load.CatalogLoader;

/**
 * The facts the catalog holds for the radiology workflow and image-content profiles (SWF.b, SWF, PIR,
 * NMI, KIN, REM, REM-NM, MAMMO, DBT, CPI): actors, options, every transaction with its title and
 * directions, and how far the key facts are confirmed.
 */
class RadWorkflowProfileFactsTest {

    private static final String OP = "Order Placer";
    private static final String DSS = "Department System Scheduler/Order Filler";
    private static final String AM = "Acquisition Modality";
    private static final String PPSM = "Performed Procedure Step Manager";
    private static final String IM = "Image Manager/Image Archive";
    private static final String ID = "Image Display";
    private static final String EC = "Evidence Creator";
    private static final String RM = "Report Manager";
    private static final String PC = "Print Composer";
    private static final String PS = "Print Server";
    private static final String DIR = "Dose Information Reporter";
    private static final String DIC = "Dose Information Consumer";
    private static final String REG = "Dose Register";
    private static final String RAS = "Radiopharmaceutical Activity Supplier";

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.loadFromClasspath();
    }

    private static Profile profile(String id) {
        return catalog.profile(id).orElseThrow(() -> new AssertionError("no profile " + id));
    }

    private static ProfileTransaction transaction(Profile p, String id) {
        return p.transactions().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(p.id() + " has no " + id));
    }

    private static Tuple tx(String id, String name, List<String> initiators, List<String> responders) {
        return tuple(id, name, initiators, responders);
    }

    private static void assertTransactions(Profile p, Tuple... expected) {
        assertThat(p.transactions()).as(p.id())
                .extracting(ProfileTransaction::id, ProfileTransaction::name, ProfileTransaction::initiators,
                        ProfileTransaction::responders)
                .containsExactlyInAnyOrder(expected);
    }

    private static void assertOptions(Profile p, Map<String, List<String>> optionsByActor) {
        for (ProfileActor actor : p.actors()) {
            assertThat(actor.options()).as(p.id() + " / " + actor.name()).extracting(ActorOption::name)
                    .containsExactlyInAnyOrderElementsOf(optionsByActor.getOrDefault(actor.name(), List.of()));
        }
    }

    private static VerificationLevel levelOf(Profile p, String transactionId) {
        return transaction(p, transactionId).verification().level();
    }

    @Test
    void swfBHasNineActorsAndEighteenTransactions() {
        Profile p = profile("swf-b");
        assertThat(p.actors()).extracting(ProfileActor::name)
                .containsExactly("ADT", OP, DSS, AM, PPSM, IM, ID, EC, RM);
        assertTransactions(p,
                tx("RAD-1", "Patient Registration", List.of("ADT"), List.of(OP, DSS)),
                tx("RAD-12", "Patient Update", List.of("ADT", DSS), List.of(OP, DSS, IM)),
                tx("RAD-2", "Placer Order Management", List.of(OP), List.of(DSS)),
                tx("RAD-3", "Filler Order Management", List.of(DSS), List.of(OP)),
                tx("RAD-48", "Appointment Notification", List.of(DSS), List.of(OP)),
                tx("RAD-4", "Procedure Scheduled", List.of(DSS), List.of(IM, RM)),
                tx("RAD-13", "Procedure Update", List.of(DSS), List.of(IM, RM)),
                tx("RAD-5", "Query Modality Worklist", List.of(AM), List.of(DSS)),
                tx("RAD-6", "Modality Procedure Step In Progress", List.of(AM, PPSM), List.of(PPSM, DSS, IM, RM)),
                tx("RAD-7", "Modality Procedure Step Completed", List.of(AM, PPSM), List.of(PPSM, DSS, IM, RM)),
                tx("RAD-20", "Creator Procedure Step In Progress", List.of(EC, PPSM), List.of(PPSM, DSS, IM, RM)),
                tx("RAD-21", "Creator Procedure Step Completed", List.of(EC, PPSM), List.of(PPSM, DSS, IM, RM)),
                tx("RAD-8", "Modality Images Stored", List.of(AM), List.of(IM)),
                tx("RAD-18", "Creator Images Stored", List.of(EC), List.of(IM)),
                tx("RAD-10", "Modality Storage Commitment", List.of(AM, EC), List.of(IM)),
                tx("RAD-14", "Query Images", List.of(ID, EC), List.of(IM)),
                tx("RAD-16", "Retrieve Images", List.of(ID, EC), List.of(IM)),
                tx("RAD-49", "Instance Availability Notification", List.of(IM), List.of(DSS)));
        assertOptions(p, Map.of(
                OP, List.of("Departmental Appointment Notification"),
                DSS, List.of("Assisted Acquisition Protocol Setting", "PPS Exception Management",
                        "Departmental Appointment Notification", "Availability of PPS-Referenced Instances",
                        "Billing and Material Management"),
                AM, List.of("Patient Based Worklist Query", "Broad Worklist Query", "Assisted Acquisition Protocol Setting",
                        "PPS Exception Management", "Modality Group Case", "Billing and Material Management"),
                IM, List.of("PPS Exception Management", "Availability of PPS-Referenced Instances"),
                EC, List.of("Creator Performed Procedure Step")));
    }

    @Test
    void swfBPerformedProcedureStepManagerForwardsProcedureStepsToSchedulerArchiveAndReportManager() {
        Profile p = profile("swf-b");
        for (String id : List.of("RAD-6", "RAD-7", "RAD-20", "RAD-21")) {
            ProfileTransaction t = transaction(p, id);
            assertThat(t.initiators()).as(id).contains(PPSM);
            assertThat(t.responders()).as(id).contains(PPSM, DSS, IM, RM);
            assertThat(t.verification().level()).as(id).isEqualTo(VerificationLevel.PARTIAL);
            assertThat(t.verification().sources()).extracting(Source::id).as(id).contains("S-RW-WIKI-PPSM");
        }
        assertThat(p.transactionsOf(PPSM)).extracting(ProfileTransaction::id)
                .containsExactlyInAnyOrder("RAD-6", "RAD-7", "RAD-20", "RAD-21");
        assertThat(p.transactionsOf(RM)).extracting(ProfileTransaction::id)
                .containsExactlyInAnyOrder("RAD-4", "RAD-13", "RAD-6", "RAD-7", "RAD-20", "RAD-21");
        assertThat(p.transactionsOf(EC)).extracting(ProfileTransaction::id)
                .containsExactlyInAnyOrder("RAD-10", "RAD-14", "RAD-16", "RAD-18", "RAD-20", "RAD-21");
    }

    @Test
    void swfBKeyFactsAreGradedAsFarAsTheirSourcesGo() {
        Profile p = profile("swf-b");
        assertThat(p.verification()).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(p.statusVerification().level()).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(transaction(p, "RAD-10").name()).isEqualTo("Modality Storage Commitment");
        assertThat(levelOf(p, "RAD-10")).isEqualTo(VerificationLevel.UNVERIFIED);
        assertThat(levelOf(p, "RAD-4")).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(levelOf(p, "RAD-13")).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(levelOf(p, "RAD-16")).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(levelOf(p, "RAD-1")).isEqualTo(VerificationLevel.UNVERIFIED);
        assertThat(p.actor(PPSM).orElseThrow().verification().level()).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(p.actor(EC).orElseThrow().verification().level()).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(p.actor(ID).orElseThrow().verification().level()).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(p.groupings()).isEmpty();
        assertThat(p.notes()).doesNotContain("were not read:").contains("Report Manager");
    }

    @Test
    void swfSendsProcedureStepsAndUpdatesToTheReportManagerToo() {
        Profile p = profile("swf");
        assertThat(p.actors()).extracting(ProfileActor::name).containsExactly("ADT", OP, DSS, AM, PPSM,
                "Image Manager", "Image Archive", ID, EC, RM);
        for (String id : List.of("RAD-6", "RAD-7", "RAD-20", "RAD-21")) {
            assertThat(transaction(p, id).responders()).as(id)
                    .containsExactly(DSS, PPSM, "Image Manager", RM);
            assertThat(levelOf(p, id)).as(id).isEqualTo(VerificationLevel.PARTIAL);
        }
        assertThat(transaction(p, "RAD-13").responders()).containsExactly("Image Manager", RM);
        assertThat(transaction(p, "RAD-10").name()).isEqualTo("Modality Storage Commitment");
        assertThat(transaction(p, "RAD-14").responders()).containsExactly("Image Archive");
        assertThat(p.transactions()).hasSize(19);
    }

    @Test
    void pirListsRegistrationUpdateAndOrderTransactions() {
        Profile p = profile("pir");
        assertThat(p.actors()).extracting(ProfileActor::name)
                .containsExactly("ADT", OP, DSS, IM, ID, RM, AM);
        assertTransactions(p,
                tx("RAD-1", "Patient Registration", List.of("ADT"), List.of(OP, DSS)),
                tx("RAD-12", "Patient Update", List.of("ADT", DSS), List.of(OP, DSS, IM)),
                tx("RAD-2", "Placer Order Management", List.of(OP), List.of(DSS)),
                tx("RAD-3", "Filler Order Management", List.of(DSS), List.of(OP)),
                tx("RAD-13", "Procedure Update", List.of(DSS), List.of(IM)));
        assertOptions(p, Map.of(IM, List.of("HL7 v2.5.1")));
        assertThat(levelOf(p, "RAD-13")).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(levelOf(p, "RAD-3")).isEqualTo(VerificationLevel.UNVERIFIED);
    }

    @Test
    void nmiHasTheTenTransactionsOfItsSectionsAndFourOptionsEachListedOnce() {
        Profile p = profile("nmi");
        assertThat(p.actors()).extracting(ProfileActor::name).containsExactly(AM, IM, ID, EC);
        assertTransactions(p,
                tx("RAD-8", "Modality Images Stored", List.of(AM), List.of(IM)),
                tx("RAD-9", "Modality Presentation State Stored", List.of(AM), List.of(IM)),
                tx("RAD-10", "Modality Storage Commitment", List.of(AM, EC), List.of(IM)),
                tx("RAD-14", "Query Images", List.of(ID), List.of(IM)),
                tx("RAD-15", "Query Presentation States", List.of(ID), List.of(IM)),
                tx("RAD-16", "Retrieve Images", List.of(ID), List.of(IM)),
                tx("RAD-17", "Retrieve Presentation States", List.of(ID), List.of(IM)),
                tx("RAD-18", "Creator Images Stored", List.of(EC), List.of(IM)),
                tx("RAD-19", "Creator Presentation State Stored", List.of(EC), List.of(IM)),
                tx("RAD-23", "Print Request with Presentation LUT", List.of(), List.of()));
        assertOptions(p, Map.of(
                ID, List.of("Review", "Cardiac NM", "MPR"),
                EC, List.of("Result Screen Export")));
        List<String> allOptions = p.actors().stream().flatMap(a -> a.options().stream()).map(ActorOption::name).toList();
        assertThat(allOptions).hasSize(4).doesNotHaveDuplicates().doesNotContain("General NM Image");
        for (ProfileTransaction t : p.transactions()) {
            assertThat(t.verification().level()).as(t.id()).isEqualTo(VerificationLevel.PARTIAL);
            assertThat(t.verification().sources()).extracting(Source::id).as(t.id()).contains("S-WIKI-NMI-DOCS");
        }
    }

    @Test
    void kinStoresCommitsQueriesAndRetrievesNotesAndImages() {
        Profile p = profile("kin");
        assertThat(p.actors()).extracting(ProfileActor::name).containsExactly(AM, EC, IM, ID);
        assertTransactions(p,
                tx("RAD-29", "Store Key Image Note", List.of(AM, EC), List.of(IM)),
                tx("RAD-10", "Modality Storage Commitment", List.of(AM, EC), List.of(IM)),
                tx("RAD-30", "Query Key Image Notes", List.of(ID), List.of(IM)),
                tx("RAD-31", "Retrieve Key Image Notes", List.of(ID), List.of(IM)),
                tx("RAD-14", "Query Images", List.of(ID), List.of(IM)),
                tx("RAD-16", "Retrieve Images", List.of(ID), List.of(IM)));
        assertOptions(p, Map.of());
        assertThat(levelOf(p, "RAD-31")).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(levelOf(p, "RAD-16")).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(levelOf(p, "RAD-10")).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(levelOf(p, "RAD-29")).isEqualTo(VerificationLevel.UNVERIFIED);
    }

    @Test
    void remConsumersAndReportersQueryAndRetrieveDoseInformation() {
        Profile p = profile("rem");
        assertThat(p.actors()).extracting(ProfileActor::name).containsExactly(AM, IM, DIR, DIC, REG);
        assertTransactions(p,
                tx("RAD-62", "Store Dose Information", List.of(AM), List.of(IM, DIC, DIR)),
                tx("RAD-64", "Query Dose Information", List.of(DIC, DIR), List.of(IM)),
                tx("RAD-65", "Retrieve Dose Information", List.of(DIC, DIR), List.of(IM)),
                tx("RAD-63", "Submit Dose Information", List.of(DIR), List.of(REG)));
        assertThat(p.transactionsOf(DIC)).extracting(ProfileTransaction::id)
                .containsExactlyInAnyOrder("RAD-62", "RAD-64", "RAD-65");
        assertThat(levelOf(p, "RAD-62")).isEqualTo(VerificationLevel.PARTIAL);
        assertThat(levelOf(p, "RAD-64")).isEqualTo(VerificationLevel.UNVERIFIED);
        assertThat(levelOf(p, "RAD-63")).isEqualTo(VerificationLevel.UNVERIFIED);
    }

    @Test
    void remNmSharesTheDoseTransactions() {
        Profile p = profile("rem-nm");
        assertThat(p.actors()).extracting(ProfileActor::name).containsExactly(RAS, AM, IM, DIR, REG, DIC);
        assertTransactions(p,
                tx("RAD-62", "Store Dose Information", List.of(RAS), List.of(IM, DIC, DIR)),
                tx("RAD-64", "Query Dose Information", List.of(DIC, DIR), List.of(IM)),
                tx("RAD-65", "Retrieve Dose Information", List.of(DIC, DIR), List.of(IM)),
                tx("RAD-63", "Submit Dose Information", List.of(DIR), List.of(REG)));
        assertThat(p.transactions()).allSatisfy(t ->
                assertThat(t.verification().level()).as(t.id()).isEqualTo(VerificationLevel.UNVERIFIED));
    }

    @Test
    void mammoPrintsWithRad23AndQueriesEvidenceWithRad44() {
        Profile p = profile("mammo");
        assertThat(p.actors()).extracting(ProfileActor::name).containsExactly(AM, EC, IM, ID, PC, PS);
        assertTransactions(p,
                tx("RAD-8", "Modality Images Stored", List.of(AM), List.of(IM)),
                tx("RAD-43", "Evidence Document Stored", List.of(EC), List.of(IM)),
                tx("RAD-44", "Query Evidence Documents", List.of(ID), List.of(IM)),
                tx("RAD-45", "Retrieve Evidence Documents", List.of(ID), List.of(IM)),
                tx("RAD-14", "Query Images", List.of(ID), List.of(IM)),
                tx("RAD-16", "Retrieve Images", List.of(ID), List.of(IM)),
                tx("RAD-23", "Print Request with Presentation LUT", List.of(PC), List.of(PS)));
        assertOptions(p, Map.of(ID, List.of("Partial View")));
        assertThat(levelOf(p, "RAD-45")).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(levelOf(p, "RAD-23")).isEqualTo(VerificationLevel.UNVERIFIED);
        assertThat(p.actor(AM).orElseThrow().verification().level()).isEqualTo(VerificationLevel.VERIFIED);
    }

    @Test
    void dbtStoresQueriesAndRetrievesImagesUnverified() {
        Profile p = profile("dbt");
        assertThat(p.actors()).extracting(ProfileActor::name).containsExactly(AM, IM, ID, PC);
        assertTransactions(p,
                tx("RAD-8", "Modality Images Stored", List.of(AM), List.of(IM)),
                tx("RAD-14", "Query Images", List.of(ID), List.of(IM)),
                tx("RAD-16", "Retrieve Images", List.of(ID), List.of(IM)));
        assertThat(p.transactions()).allSatisfy(t ->
                assertThat(t.verification().level()).as(t.id()).isEqualTo(VerificationLevel.UNVERIFIED));
        assertThat(p.actors()).allSatisfy(a ->
                assertThat(a.verification().level()).as(a.name()).isEqualTo(VerificationLevel.UNVERIFIED));
    }

    @Test
    void cpiStoresQueriesRetrievesAndPrints() {
        Profile p = profile("cpi");
        assertThat(p.actors()).extracting(ProfileActor::name).containsExactly(AM, EC, IM, ID, PC, PS);
        assertTransactions(p,
                tx("RAD-8", "Modality Images Stored", List.of(AM), List.of(IM)),
                tx("RAD-9", "Modality Presentation State Stored", List.of(AM), List.of(IM)),
                tx("RAD-10", "Modality Storage Commitment", List.of(AM, EC), List.of(IM)),
                tx("RAD-18", "Creator Images Stored", List.of(EC), List.of(IM)),
                tx("RAD-19", "Creator Presentation State Stored", List.of(EC), List.of(IM)),
                tx("RAD-14", "Query Images", List.of(ID), List.of(IM)),
                tx("RAD-15", "Query Presentation States", List.of(ID), List.of(IM)),
                tx("RAD-16", "Retrieve Images", List.of(ID), List.of(IM)),
                tx("RAD-17", "Retrieve Presentation States", List.of(ID), List.of(IM)),
                tx("RAD-23", "Print Request with Presentation LUT", List.of(PC), List.of(PS)));
        assertThat(levelOf(p, "RAD-17")).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(levelOf(p, "RAD-16")).isEqualTo(VerificationLevel.VERIFIED);
        assertThat(levelOf(p, "RAD-9")).isEqualTo(VerificationLevel.UNVERIFIED);
        assertThat(p.actor(ID).orElseThrow().verification().level()).isEqualTo(VerificationLevel.PARTIAL);
    }

    @Test
    void storageCommitmentHasOneTitleAcrossTheseProfiles() {
        for (String id : List.of("swf-b", "swf", "nmi", "kin", "cpi")) {
            assertThat(transaction(profile(id), "RAD-10").name()).as(id).isEqualTo("Modality Storage Commitment");
        }
        for (String id : List.of("swf-b", "swf", "pir", "nmi", "kin", "rem", "rem-nm", "mammo", "dbt", "cpi")) {
            assertThat(profile(id).verification()).as(id).isEqualTo(VerificationLevel.PARTIAL);
        }
    }
}
