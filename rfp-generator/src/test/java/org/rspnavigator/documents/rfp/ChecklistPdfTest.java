package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.pdf.VeraPdf;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class ChecklistPdfTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);

    private static byte[] pdf;
    private static String text;
    private static List<String> pages;

    @BeforeAll
    static void render() {
        pdf = DOCUMENTS.checklistPdf(RfpFixtures.document());
        text = Pdfs.text(pdf);
        pages = Pdfs.pages(pdf);
    }

    @Test
    void passesVeraPdfForPdfUa1AndPdfA3u() {
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void isTaggedA4WithEveryFontEmbeddedAndBookmarks() throws IOException {
        Pdfs.assertTaggedA4WithEmbeddedFonts(pdf);
        assertThat(Pdfs.outline(pdf)).containsExactly("Integration-statement checklist",
                "Integration-statement checklist > PACS", "Integration-statement checklist > Image display / diagnostic viewer");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(
                    "Northbridge Imaging Network — PACS and diagnostic viewer replacement 2027 — integration-statement checklist");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Northbridge Regional Health Authority");
        }
    }

    @Test
    void givesEachSystemItsOwnStatementPageLaidOutAsAppendixF() {
        assertThat(pages).hasSize(3);
        for (int p : List.of(1, 2)) {
            assertThat(pages.get(p)).contains("IHE Integration Statement Vendor Product Name Version Date",
                    "This product implements all transactions required in the IHE Technical Framework to support the "
                            + "IHE Integration Profiles, Actors and Options listed below:",
                    "Profiles Implemented Actors Implemented Options Implemented Confirmed in the bidder's statement",
                    "Internet address for vendor's IHE information",
                    "Links to Standards Conformance Statements for the Implementation", "HL7", "DICOM",
                    "IHE Product Registry entry for this product version");
        }
        assertThat(pages.get(1)).startsWith("PACS Quantity: 1 · 7 actors required");
        assertThat(pages.get(2)).startsWith("Image display / diagnostic viewer Quantity: 40 · 7 actors required");
    }

    @Test
    void coverSummarizesTheSystemsWithTheirPages() {
        assertThat(pages.get(0)).contains("Integration-statement checklist", "Northbridge Imaging Network",
                "3, issued 1 December 2026", "2026.1 (ISO 21860:2020)", "Appendix F",
                "System Quantity Actors required Page", "PACS 1 7 2", "Image display / diagnostic viewer 40 7 3");
    }

    @Test
    void listsOneRowPerRequiredActorWithProfileNamesAsTheCatalogHasThem() {
        // How far each fact is confirmed is marked beside it (marksWhatTheCatalogHasNotConfirmed); set that aside here.
        String pacs = pages.get(1).replaceAll(" (not|only partly) confirmed against the Technical Framework in this "
                + "catalog", "");
        assertThat(pacs).contains(
                "Radiology",
                "Imaging Object Change Management (IOCM) Image Manager/Image Archive PACS-04 (SHALL) None",
                "Scheduled Workflow.b (SWF.b) Image Manager/Image Archive PACS-01 (SHALL) Availability of PPS-",
                "Web-based Image Access (WIA) IHE status: Trial Implementation Imaging Document Responder PACS-09 (SHOULD) None",
                "Cross-Enterprise Document Sharing for Imaging (XDS-I.b) Imaging Document Source PACS-11 (SHALL) Set of DICOM Instances",
                "IT Infrastructure",
                "Audit Trail and Node Authentication (ATNA) Secure Node PACS-05 (SHALL) Radiology Audit Trail",
                "Consistent Time (CT) Time Client PACS-06 (SHALL) None");
        // Standards-only requirements are not actors.
        assertThat(pacs).doesNotContain("PACS-02", "PACS-07", "DICOM CT RDSR");
    }

    @Test
    void marksWhatTheCatalogHasNotConfirmed() {
        String display = pages.get(2);
        // MAMMO's Partial View option is unverified in the catalog; KIN's Image Display is partly verified.
        assertThat(display).contains("Partial View not confirmed against the Technical Framework in this catalog",
                "Key Image Note (KIN) Image Display only partly confirmed against the Technical Framework in this catalog");
        // ATNA's Secure Application and its option are verified: no note.
        assertThat(display).contains("Secure Application DISP-06 (SHALL) Radiology Audit Trail Consistent Time");
    }

    @Test
    void mergesTwoRequirementsOnTheSameActor() {
        List<Requirement> reqs = new java.util.ArrayList<>(RfpFixtures.requirements());
        reqs.add(RfpFixtures.req("PACS-13", RequirementLevel.SHALL, "pacs", "privacy-security",
                new RequirementSubject.ProfileActor("atna", "Secure Node", List.of("STX: TLS 1.2 Floor using BCP195")),
                "The proposed PACS SHALL secure its connections with TLS 1.2 or later.", "", RequirementOrigin.PLANNER));
        String merged = Pdfs.text(DOCUMENTS.checklistPdf(RfpFixtures.with(reqs, List.of(), List.of())));
        assertThat(merged).contains("Secure Node PACS-05 (SHALL), PACS-13 (SHALL) Radiology Audit Trail STX: TLS 1.2 "
                + "Floor using BCP195");
    }

    @Test
    void saysSoForASystemWithoutActors() {
        List<Requirement> reqs = List.of(RfpFixtures.req("PACS-02", RequirementLevel.SHALL, "pacs", "content",
                new RequirementSubject.StandardSupport("dicom-ct-rdsr"), "The PACS SHALL store CT RDSR.", "",
                RequirementOrigin.PORTFOLIO));
        byte[] only = DOCUMENTS.checklistPdf(RfpFixtures.with(reqs, List.of(), List.of()));
        assertThat(Pdfs.text(only)).contains("No IHE profile actor is required of this system");
        assertThat(VeraPdf.failures(only, PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
