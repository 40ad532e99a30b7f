package org.rspnavigator.webapp.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.testing.TestAccounts.OTHER_PLANNER;
import static org.rspnavigator.webapp.testing.TestAccounts.PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER_2;
import static org.rspnavigator.webapp.testing.TestAccounts.VENDOR;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.webapp.testing.Http;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * Every document of a saved project in one ZIP through the API: named as each is named alone,
 * each one whole, with a README that says what they were made from; of the organization's own
 * projects only, as the single documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class RfpDocumentsZipTest {

    private static final String RFP = "/api/v1/rfp";

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private long newProject(String name) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("projectName", name);
        spec.put("organization", "St. Example Hospital");
        spec.put("region", "europe");
        spec.put("useCases", List.of("device-to-department"));
        spec.put("systems", List.of(Map.of("systemType", "pacs", "quantity", 1, "notes", ""),
                Map.of("systemType", "image-display", "quantity", 20, "notes", "")));
        Http.Answer created = http.send("POST", RFP + "/projects", PLANNER, PASSWORD, Map.of("spec", spec));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode project = created.json().get("project");
        Http.Answer saved = http.send("PUT", RFP + "/projects/" + project.get("id").asLong(), PLANNER, PASSWORD,
                Map.of("version", project.get("version").asLong(), "draft", created.json().get("draft")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return project.get("id").asLong();
    }

    /** The ZIP's entries by name, in the order they come. */
    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void everyDocumentOfTheSavedRevisionComesInOneZipWithAReadme() throws IOException {
        long id = newProject("Imaging Renewal 2027");
        Http.Raw zip = http.download(RFP + "/projects/" + id + "/documents.zip", PLANNER_2, PASSWORD);
        assertThat(zip.status()).as(zip.text()).isEqualTo(200);
        assertThat(zip.contentType()).isEqualTo("application/zip");
        assertThat(zip.disposition()).contains("imaging-renewal-2027-documents-r2.zip");

        Map<String, byte[]> entries = entries(zip.body());
        assertThat(entries.keySet()).containsExactly("README.txt", "imaging-renewal-2027-rfp-section-r2.pdf",
                "imaging-renewal-2027-rfp-section-r2.docx", "imaging-renewal-2027-integration-statement-checklist-r2.pdf",
                "imaging-renewal-2027-response-matrix-r2.csv", "imaging-renewal-2027-response-matrix-r2.xlsx",
                "imaging-renewal-2027-response-matrix-r2.json");

        for (String pdfName : List.of("imaging-renewal-2027-rfp-section-r2.pdf",
                "imaging-renewal-2027-integration-statement-checklist-r2.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(entries.get(pdfName))) {
                assertThat(pdf.getNumberOfPages()).as(pdfName).isGreaterThan(1);
                assertThat(new PDFTextStripper().getText(pdf)).as(pdfName).contains("PACS");
            }
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                entries.get("imaging-renewal-2027-rfp-section-r2.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("Imaging Renewal 2027").contains("Version: 2");
            assertThat(docx.getTables()).as("the requirements' tables").isNotEmpty();
        }
        assertThat(new String(entries.get("imaging-renewal-2027-response-matrix-r2.csv"), StandardCharsets.UTF_8))
                .contains("PACS-16").contains("IMAGE-DISPLAY-27");
        assertThat(Http.JSON.readTree(entries.get("imaging-renewal-2027-response-matrix-r2.json")).isObject()).isTrue();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(entries.get("imaging-renewal-2027-response-matrix-r2.xlsx")))) {
            assertThat(book.getSheet("Responses").getRow(0).getCell(6).getStringCellValue()).isEqualTo("Response");
            assertThat(book.getSheet("rsp-navigator").getRow(4).getCell(1).getStringCellValue()).as("the revision")
                    .isEqualTo("2");
        }

        Http.Raw alone = http.download(RFP + "/projects/" + id + "/documents/response-matrix.csv", PLANNER, PASSWORD);
        assertThat(entries.get("imaging-renewal-2027-response-matrix-r2.csv")).as("the same file as asked for alone")
                .isEqualTo(alone.body());

        String readme = new String(entries.get("README.txt"), StandardCharsets.UTF_8);
        assertThat(readme).contains("Project:  Imaging Renewal 2027").contains("Revision: 2 (issued ")
                .contains("Catalog:  " + catalog.edition().edition() + ", from " + catalog.edition().sourceDocument())
                .containsPattern("Made:     \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")
                .containsPattern("\n  imaging-renewal-2027-rfp-section-r2\\.docx +RFP section \\(Word\\)\r\n")
                .containsPattern("\n  imaging-renewal-2027-response-matrix-r2\\.json +Vendor response matrix \\(JSON\\)")
                .containsPattern("\n  imaging-renewal-2027-response-matrix-r2\\.xlsx +Vendor response matrix \\(XLSX\\)");
    }

    @Test
    void anEarlierRevisionAndOnlyTheOrganizationsOwnProjects() throws IOException {
        long id = newProject("Cardiology 2028");
        Http.Raw first = http.download(RFP + "/projects/" + id + "/documents.zip?revision=1", PLANNER, PASSWORD);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.disposition()).contains("cardiology-2028-documents-r1.zip");
        assertThat(entries(first.body()).keySet()).contains("README.txt", "cardiology-2028-rfp-section-r1.pdf");

        assertThat(http.download(RFP + "/projects/" + id + "/documents.zip", OTHER_PLANNER, PASSWORD).status())
                .as("another organization's project is not found").isEqualTo(404);
        assertThat(http.download(RFP + "/projects/" + id + "/documents.zip", VENDOR, PASSWORD).status())
                .as("vendors do not open RFP projects").isEqualTo(403);
        assertThat(http.download(RFP + "/projects/" + id + "/documents.zip", null, null).status()).isEqualTo(401);
        assertThat(http.download(RFP + "/projects/" + id + "/documents.zip?revision=9", PLANNER, PASSWORD).status())
                .isEqualTo(404);
    }
}
