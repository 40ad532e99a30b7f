package org.rspnavigator.documents.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rspnavigator.procurement.statement.Statements.CATALOG;
import static org.rspnavigator.procurement.statement.Statements.actor;
import static org.rspnavigator.procurement.statement.Statements.profile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.pdf.VeraPdf;
import org.rspnavigator.documents.rfp.Pdfs;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.Severity;
import org.rspnavigator.procurement.statement.StatementChecker;
import org.rspnavigator.procurement.statement.StatementLinks;
import org.rspnavigator.procurement.statement.Statements;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class StatementPdfTest {

    private static final StatementPdf PDF = new StatementPdf(CATALOG);
    private static final String DECLARATION = "This product implements all transactions required in the IHE Technical "
            + "Framework to support the IHE Integration Profiles, Actors and Options listed below:";

    private static byte[] pdf;
    private static List<String> pages;

    @BeforeAll
    static void render() {
        pdf = PDF.render(Statements.pacs());
        pages = Pdfs.pages(pdf);
    }

    @Test
    void passesVeraPdfForPdfUa1AndPdfA3uWithTheAttachment() {
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void isTaggedA4WithEveryFontEmbeddedAndDescribesItself() throws IOException {
        Pdfs.assertTaggedA4WithEmbeddedFonts(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("IHE Integration Statement — Northwind Imaging Northwind PACS 7.2");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Northwind Imaging");
        }
        assertThat(Pdfs.outline(pdf)).containsExactly("Northwind PACS 7.2");
    }

    @Test
    void theCoverNamesVendorProductVersionAndDate() {
        assertThat(pages.getFirst()).startsWith("IHE Integration Statement Northwind PACS 7.2 Northwind Imaging")
                .contains("Vendor Northwind Imaging", "Product name Northwind PACS", "Version 7.2",
                        "Date 1 March 2026", "Revision of this statement 3", "Claims 7 profiles, 7 actors",
                        "Appendix F", "ihe-integration-statement.json");
    }

    @Test
    void theTableIsLaidOutAsAppendixF() {
        assertThat(pages).hasSize(2);
        assertThat(pages.get(1)).startsWith("IHE Integration Statement Vendor Product Name Version Date "
                + "Northwind Imaging Northwind PACS 7.2 1 March 2026, revision 3 " + DECLARATION
                + " Profiles Implemented Actors Implemented Options Implemented")
                .endsWith("Internet address for vendor's IHE information https://northwind.example/ihe "
                        + "Links to Standards Conformance Statements for the Implementation HL7 "
                        + "https://northwind.example/hl7.pdf DICOM https://northwind.example/dicom.pdf "
                        + "Links to general information about IHE https://www.ihe.net");
    }

    @Test
    void listsEveryClaimUnderItsDomainWithNoneWhereNoOptionIsClaimed() {
        String table = pages.get(1);
        assertThat(table).contains("Options Implemented Radiology "
                + "Scheduled Workflow.b (SWF.b) Image Manager/Image Archive None "
                + "Key Image Note (KIN) Image Manager/Image Archive None "
                + "Imaging Object Change Management (IOCM) Image Manager/Image Archive None "
                + "Cross-Enterprise Document Sharing for Imaging (XDS-I.b) Imaging Document Source Set of DICOM Instances "
                + "Cardiology "
                + "Cardiac Catheterization Workflow (CATH) Image Manager/Image Archive Cardiac Cath HL7 v2.5.1 "
                + "IT Infrastructure "
                + "Audit Trail and Node Authentication (ATNA) Secure Node Radiology Audit Trail STX: TLS 1.2 Floor "
                + "using BCP195 ATX: TLS Syslog "
                + "Consistent Time (CT) Time Client None Internet address");
    }

    @Test
    void aProfileSpansItsActorRows() {
        IntegrationStatement two = Statements.statement(profile("kin", actor("Image Display"),
                actor("Evidence Creator")));
        assertThat(Pdfs.text(PDF.render(two, false))).contains(
                "Radiology Key Image Note (KIN) Image Display None Evidence Creator None");
    }

    @Test
    void carriesTheStatementAsAnAssociatedJsonFileThatReadsBackEqual() throws IOException {
        String json = StatementPdf.embeddedJson(pdf).orElseThrow();
        assertThat(json).isEqualTo(StatementJson.write(Statements.pacs()));
        assertThat(StatementJson.read(json)).isEqualTo(Statements.pacs());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSArray associated = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
            assertThat(associated.size()).isEqualTo(1);
            COSDictionary spec = (COSDictionary) associated.getObject(0);
            assertThat(spec.getNameAsString(COSName.AF_RELATIONSHIP)).isEqualTo("Data");
            PDComplexFileSpecification file = doc.getDocumentCatalog().getNames().getEmbeddedFiles()
                    .getValue("ihe-integration-statement.json");
            assertThat(file.getCOSObject()).isSameAs(spec);
            assertThat(file.getFile()).isEqualTo("ihe-integration-statement.json");
            assertThat(file.getFileUnicode()).isEqualTo("ihe-integration-statement.json");
            assertThat(file.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            assertThat(file.getEmbeddedFile().getModDate()).isNotNull();
        }
    }

    @Test
    void aStatementWithConformancePartsPrintsThemAfterTheTableAndCarriesThemInTheJson() throws IOException {
        IntegrationStatement ct = org.rspnavigator.procurement.statement.ConformanceGapTest.ctScanner();
        byte[] printed = PDF.render(ct);
        String text = Pdfs.text(printed);
        assertThat(text).contains("DICOM, HL7 and terminology conformance", "DICOM SOP classes",
                "X-Ray Radiation Dose SR Storage", "1.2.840.10008.5.1.4.1.1.88.67", "Modality Worklist Information Model - FIND",
                "Explicit VR Little Endian", "Code systems", "LOINC", "2.78", "Not stated");
        assertThat(text.indexOf("DICOM SOP classes")).as("after the Appendix F table")
                .isGreaterThan(text.indexOf("Links to general information about IHE"));
        assertThat(StatementJson.read(StatementPdf.embeddedJson(printed).orElseThrow())).isEqualTo(ct);
        assertThat(VeraPdf.failures(printed, PDFAFlavour.PDFUA_1)).isEmpty();
        Pdfs.assertTaggedA4WithEmbeddedFonts(printed);
        assertThat(Pdfs.text(pdf)).as("a statement without parts prints no summary")
                .doesNotContain("DICOM, HL7 and terminology conformance");
    }

    @Test
    void aStatementPdfMadeBeforeFormatVersionTwoStillImports() throws IOException {
        // A PDF of the earlier format: the same pages, carrying the statement as format version 1 wrote it.
        String v1 = StatementJson.write(Statements.pacs()).replace("\"formatVersion\" : 2", "\"formatVersion\" : 1")
                .replaceAll("(?s),\\s*\"systemTypes\" : \\[ \\]", "")
                .replaceAll("(?s),\\s*\"dicom\" : \\[ \\],\\s*\"dicomweb\" : \\[ \\],\\s*\"hl7\" : \\[ \\],"
                        + "\\s*\"terminology\" : \\[ \\]", "");
        assertThat(v1).doesNotContain("dicom\"").doesNotContain("systemTypes");
        byte[] plain;
        try (PDDocument doc = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            plain = out.toByteArray();
        }
        byte[] old = org.rspnavigator.documents.pdf.PdfAttachments.attach(plain, new org.rspnavigator.documents.pdf
                .PdfAttachments.Attachment(StatementPdf.ATTACHMENT, "application/json", "Data", "statement",
                        v1.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        IntegrationStatement read = StatementJson.read(StatementPdf.embeddedJson(old).orElseThrow());
        assertThat(read).isEqualTo(Statements.pacs());
        assertThat(read.conformance().isEmpty()).isTrue();
    }

    @Test
    void findsNoStatementInOtherFiles() {
        assertThat(StatementPdf.embeddedJson("not a PDF".getBytes())).isEmpty();
        assertThat(StatementPdf.embeddedJson(new byte[0])).isEmpty();
        byte[] plain = new org.rspnavigator.documents.pdf.PdfRenderer().render(new org.rspnavigator.documents.pdf
                .PdfDocument("Plain", "", "", java.util.Locale.ENGLISH, "", "<p>No attachment.</p>"));
        assertThat(StatementPdf.embeddedJson(plain)).isEmpty();
    }

    @Test
    void withoutACoverTheTableStartsThePage() {
        byte[] bare = PDF.render(Statements.pacs(), false);
        assertThat(Pdfs.pages(bare)).singleElement().satisfies(p -> assertThat(p)
                .startsWith("IHE Integration Statement Vendor Product Name Version Date"));
        assertThat(VeraPdf.failures(bare, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void hostileTextStaysTextAndOnlyWebAddressesBecomeLinks() throws IOException {
        String script = Statements.SCRIPT;
        IntegrationStatement hostile = new IntegrationStatement(script + " & Co", "Viewer " + script, "1<2",
                Statements.pacs().date(), script, new StatementLinks("javascript:alert(1)", "https://a.example/dicom?x=1&y=" + script,
                        "file:///etc/passwd"), List.of(profile("ct", actor(script, "<b>bold</b>"))));
        byte[] bad = PDF.render(hostile);
        String text = Pdfs.text(bad);
        assertThat(text).contains("<script>alert('statement')</script> & Co", "Viewer <script>alert('statement')</script>",
                "1<2", "javascript:alert(1)", "file:///etc/passwd", "<b>bold</b>");
        assertThat(linkTargets(bad)).containsExactly("https://www.ihe.net");
        assertThat(VeraPdf.failures(bad, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(StatementJson.read(StatementPdf.embeddedJson(bad).orElseThrow())).isEqualTo(hostile);
        assertThat(linkTargets(pdf)).containsExactly("https://northwind.example/ihe",
                "https://northwind.example/hl7.pdf", "https://northwind.example/dicom.pdf",
                "https://www.ihe.net");
    }

    @Test
    void everyHeaderFieldAtItsLimitStillPrintsWhole() {
        String link = "https://example.com/" + "l".repeat(org.rspnavigator.procurement.FieldLimits.LINK - 20);
        IntegrationStatement longest = new IntegrationStatement("V".repeat(org.rspnavigator.procurement.FieldLimits.NAME),
                "P".repeat(org.rspnavigator.procurement.FieldLimits.NAME), "7".repeat(org.rspnavigator.procurement.FieldLimits.VERSION),
                Statements.pacs().date(), "R".repeat(org.rspnavigator.procurement.FieldLimits.VERSION),
                new StatementLinks(link, link, link), Statements.pacs().profiles());
        assertThat(new StatementChecker(CATALOG).check(longest)).noneMatch(f -> f.severity() == Severity.ERROR);
        byte[] printed = PDF.render(longest);
        String text = Pdfs.text(printed).replace(" ", "");
        assertThat(text).contains("V".repeat(200), "P".repeat(200), "7".repeat(100), link);
        assertThat(StatementJson.read(StatementPdf.embeddedJson(printed).orElseThrow())).isEqualTo(longest);
    }

    @Test
    void aProfileTheCatalogDoesNotHaveCannotBePrinted() {
        IntegrationStatement unknown = Statements.statement(profile("xds-z", actor("Document Consumer")),
                profile("ct"));
        assertThatThrownBy(() -> PDF.render(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The statement cannot be printed: the catalog has no profile 'xds-z'; CT is listed without "
                        + "actors.");
    }

    private static List<String> linkTargets(byte[] pdf) throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        return uris;
    }
    @Test
    void aStatementThatLeavesARequiredGroupingUnclaimedSaysSoOnThePageAndInTheJson() {
        // KIN's actors need no grouping; BPPC's Content Creator needs XDS.b, XDR or XDM.
        IntegrationStatement consent = Statements.statement(profile("bppc", actor("Content Creator",
                "Basic Patient Privacy Acknowledgement")));
        byte[] printed = PDF.render(consent, false);
        assertThat(Pdfs.text(printed)).contains("Required groupings not claimed", "The Content Creator of BPPC must be"
                + " grouped with the Document Source of XDS.b, Document Source of XDR or Portable Media Creator of XDM.");
        String json = StatementPdf.embeddedJson(printed).orElseThrow();
        assertThat(json).contains("\"unclaimedGroupings\"", "\"mustBeGroupedWith\" : \"Document Source of XDS.b,"
                + " Document Source of XDR or Portable Media Creator of XDM\"");
        assertThat(StatementJson.read(json)).as("the list is for readers; reading ignores it").isEqualTo(consent);
        assertThat(Pdfs.text(PDF.render(Statements.statement(profile("kin", actor("Image Display"))), false)))
                .doesNotContain("Required groupings not claimed");
    }
}
