package org.rspnavigator.webapp.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalog API over real HTTP, as a client sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Answer get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static JsonNode byId(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (n.get("id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.get(field).asString()));
        return result;
    }

    @Test
    void listsAllEightyThreeStandardsWithEveryField() throws Exception {
        Answer answer = get("/api/v1/standards");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode body = answer.json();
        assertThat(body.get("count").asInt()).isEqualTo(83);
        assertThat(body.get("standards")).hasSize(83);
        assertThat(body.at("/edition/sourceDocument").asString()).isEqualTo("ISO 21860:2020");

        JsonNode icd10 = byId(body.get("standards"), "icd-10");
        assertThat(icd10.get("briefName").asString()).isEqualTo("ICD-10");
        assertThat(icd10.get("group").asString()).isEqualTo("preferred");
        assertThat(icd10.get("maturity").asString()).isEqualTo("final");
        assertThat(icd10.at("/productAdoption/level").asString()).isEqualTo("moderate");
        assertThat(icd10.at("/siteDeployment/level").isNull()).isTrue();
        assertThat(icd10.at("/siteDeployment/summary").asString()).isEqualTo("High in US and Canada; Low elsewhere");
        assertThat(icd10.at("/siteDeployment/footnote/kind").asString()).isEqualTo("regional-variation");
        assertThat(icd10.at("/siteDeployment/footnote/regionalLevels/0/regions").toString()).isEqualTo("[\"us\",\"canada\"]");
        assertThat(icd10.get("tooling").asString()).isEqualTo("moderate");
        assertThat(icd10.at("/sdos/0/id").asString()).isEqualTo("who");
        assertThat(icd10.get("clause").asString()).isEqualTo("5.3.1.6");
        assertThat(texts(icd10.get("relations"), "label")).contains("supersedes", "will be superseded by");
        assertThat(icd10.get("scope").asString()).isNotBlank();
        assertThat(icd10.get("implementationNotes").asString()).isNotBlank();
        assertThat(icd10.get("toolingNote").asString()).isNotBlank();
        for (String field : List.of("id", "briefName", "formalName", "category", "interoperability", "table", "group",
                "position", "maturity", "productAdoption", "siteDeployment", "tooling", "footnotes", "sdos",
                "specification", "clause", "provenance", "acronyms", "aliases", "relations", "useCaseRows", "scope",
                "implementationNotes", "toolingNote", "href")) {
            assertThat(icd10.has(field)).as(field).isTrue();
        }
    }

    @Test
    void oneStandardById() throws Exception {
        Answer answer = get("/api/v1/standards/dicom-ct-rdsr");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode rdsr = answer.json();
        assertThat(rdsr.get("briefName").asString()).isEqualTo("DICOM CT RDSR");
        assertThat(rdsr.get("specification").asString()).isEqualTo("PS3.16 TID 10011");
        assertThat(rdsr.get("provenance").asString()).isEqualTo("ISO 21860:2020 Table 2, clause 5.3.2.8");
        assertThat(texts(rdsr.get("relations"), "standard")).contains("ihe-rem");
        assertThat(texts(rdsr.get("useCaseRows"), "label")).contains("DICOM CT and X-Ray RDSR");

        JsonNode swf = get("/api/v1/standards/ihe-swf").json();
        assertThat(swf.get("relations")).anySatisfy(r -> {
            assertThat(r.get("kind").asString()).isEqualTo("superseded-by");
            assertThat(r.get("standard").asString()).isEqualTo("ihe-swf-b");
            assertThat(r.get("href").asString()).isEqualTo("/api/v1/standards/ihe-swf-b");
        });
    }

    @Test
    void anUnknownStandardIsA404ProblemDocument() throws Exception {
        Answer answer = get("/api/v1/standards/dicom-nonsense");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).isEqualTo("No standard with id 'dicom-nonsense' in the catalog.");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("trace").doesNotContain("at org.");
    }

    @Test
    void oddIdsAreAnsweredCleanly() throws Exception {
        for (String id : List.of("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2Fetc", "%E2%9C%93", "'%20OR%201=1")) {
            Answer answer = get("/api/v1/standards/" + id);
            assertThat(answer.status()).as(id).isIn(400, 404);
            assertThat(answer.contentType()).as(id).contains("json");
            assertThat(answer.body()).as(id).doesNotContain("Exception");
        }
    }

    @Test
    void useCasesWithTheirRows() throws Exception {
        Answer answer = get("/api/v1/use-cases");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode useCases = answer.json().get("useCases");
        assertThat(texts(useCases, "id")).containsExactly("device-to-department", "department-to-enterprise",
                "enterprise-to-cross-enterprise");
        assertThat(byId(useCases, "device-to-department").get("rows")).hasSize(27);
        assertThat(byId(useCases, "department-to-enterprise").get("rows")).hasSize(21);
        assertThat(byId(useCases, "device-to-department").get("table").asInt()).isEqualTo(6);
        JsonNode derived = byId(useCases, "enterprise-to-cross-enterprise");
        assertThat(derived.get("derived").asBoolean()).isTrue();
        assertThat(derived.get("table").isNull()).isTrue();
        assertThat(derived.get("provenance").asString()).startsWith("Derived by RSP Navigator");

        JsonNode rdsrRow = null;
        for (JsonNode row : byId(useCases, "device-to-department").get("rows")) {
            if (row.get("label").asString().equals("DICOM CT and X-Ray RDSR")) {
                rdsrRow = row;
            }
        }
        assertThat(rdsrRow).isNotNull();
        assertThat(texts(rdsrRow.get("standards"), "id")).containsExactly("dicom-ct-rdsr", "dicom-xray-rdsr");
        assertThat(rdsrRow.get("purpose").asString()).isNotBlank();

        assertThat(get("/api/v1/use-cases/department-to-enterprise").json().get("rows")).hasSize(21);
    }

    @Test
    void standardsCanBeFilteredLikeTheCatalogView() throws Exception {
        JsonNode body = get("/api/v1/standards?group=emerging&category=technical-workflow").json();
        assertThat(body.get("count").asInt()).isEqualTo(3);
        assertThat(texts(body.get("standards"), "briefName")).containsExactly("DICOM UPS", "IHE REM-NM", "IHE IRWF.b");
        assertThat(body.get("filter").asString()).isEqualTo("Technical workflow standards; Emerging");

        JsonNode us = get("/api/v1/standards?deployment=high&region=us&category=data").json();
        assertThat(texts(us.get("standards"), "id")).contains("icd-10");
        JsonNode europe = get("/api/v1/standards?deployment=high&region=europe&category=data").json();
        assertThat(texts(europe.get("standards"), "id")).doesNotContain("icd-10");
    }

    @Test
    void aBadFilterValueIsA400ThatSaysWhatIsValid() throws Exception {
        Answer answer = get("/api/v1/standards?group=favourite");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString())
                .isEqualTo("'favourite' is not a valid value of 'group' (expected one of: preferred, legacy, emerging)");
        assertThat(get("/api/v1/portfolio.pdf?tooling=lots").status()).isEqualTo(400);
        assertThat(get("/api/v1/standards?q=" + "x".repeat(300)).status()).isEqualTo(400);
    }

    @Test
    void portfolioExportsAsCsvAndPdf() throws Exception {
        Answer csv = get("/api/v1/portfolio.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().filter(l -> !l.isBlank()).count()).isEqualTo(84);

        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/portfolio.pdf?group=legacy")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("rsp-portfolio.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("ICD-9", "HL7 ORM", "IHE PIR").doesNotContain("IHE SWF.b");
        }
    }

    private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<List<String>> sheet(byte[] xlsx, String name) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheet(name)) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(format.formatCellValue(c)));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void portfolioExportsAsXlsxWithTheFilterAndRegionOfTheCatalog() throws Exception {
        String filter = "group=preferred,emerging&deployment=moderate&region=europe";
        HttpResponse<byte[]> xlsx = download("/api/v1/portfolio.xlsx?" + filter);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("rsp-portfolio.xlsx");

        JsonNode standards = get("/api/v1/standards?" + filter).json();
        int count = standards.get("count").asInt();
        assertThat(count).isBetween(1, 82);
        List<List<String>> rows = sheet(xlsx.body(), "Portfolio");
        assertThat(rows.getFirst()).contains("ID", "Site deployment in Europe");
        assertThat(rows).hasSize(1 + count);
        assertThat(rows.subList(1, rows.size()).stream().map(List::getFirst))
                .containsExactlyElementsOf(texts(standards.get("standards"), "id"));
        assertThat(texts(standards.get("standards"), "id")).contains("ihe-xds-i-b");
        // Its site deployment in Europe, ranked so that the column sorts.
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("ihe-xds-i-b").contains("3 Moderate"));
        assertThat(sheet(xlsx.body(), "About")).anySatisfy(r -> assertThat(r)
                .containsExactly("Filter", standards.get("filter").asString()));

        String csv = get("/api/v1/portfolio.csv?" + filter).body();
        assertThat(csv.lines().filter(l -> !l.isBlank()).count()).isEqualTo(rows.size());
    }

    @Test
    void aUseCaseExportsAsCsvAndXlsxNarrowedToASystem() throws Exception {
        HttpResponse<byte[]> xlsx = download("/api/v1/use-cases/department-to-enterprise/matrix.xlsx?system=pacs");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("rsp-use-case-department-to-enterprise-pacs.xlsx");
        List<List<String>> rows = sheet(xlsx.body(), "Matrix");
        // The view's "16 of 21 rows concern the PACS", with the two names the use case prints for it.
        assertThat(rows).hasSize(1 + 16);
        assertThat(rows.getFirst()).endsWith("Purpose", "Notes", "PACS", "All DICOM systems");

        Answer csv = get("/api/v1/use-cases/department-to-enterprise/matrix.csv?system=pacs");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(1 + 16);

        Answer all = get("/api/v1/use-cases/department-to-enterprise/matrix.csv");
        assertThat(all.body().split("\r\n")).hasSize(1 + 21);

        Answer toaster = get("/api/v1/use-cases/department-to-enterprise/matrix.xlsx?system=toaster");
        assertThat(toaster.status()).isEqualTo(400);
        assertThat(toaster.json().get("detail").asString()).contains("toaster");
        assertThat(get("/api/v1/use-cases/patient-to-moon/matrix.csv").status()).isEqualTo(404);
    }

    @Test
    void unknownUseCasesAndPathsAre404ProblemDocuments() throws Exception {
        Answer useCase = get("/api/v1/use-cases/patient-to-moon");
        assertThat(useCase.status()).isEqualTo(404);
        assertThat(useCase.json().get("detail").asString()).contains("patient-to-moon");

        Answer path = get("/api/v1/no-such-endpoint");
        assertThat(path.status()).isEqualTo(404);
        assertThat(path.contentType()).startsWith("application/problem+json");
    }

    @Test
    void table5UsedWithIsListedFromBothSides() throws Exception {
        for (String[] ends : List.of(new String[] {"ihe-pir", "ihe-swf"}, new String[] {"ihe-swf", "ihe-pir"})) {
            JsonNode standard = get("/api/v1/standards/" + ends[0]).json();
            assertThat(standard.get("relations")).as(ends[0]).anySatisfy(r -> {
                assertThat(r.get("kind").asString()).isEqualTo("used-with");
                assertThat(r.get("label").asString()).isEqualTo("used with");
                assertThat(r.get("standard").asString()).isEqualTo(ends[1]);
                assertThat(r.get("statedIn").asString()).isEqualTo("Table 5");
                assertThat(r.get("citation").asString()).isEqualTo("ISO 21860:2020 Table 5");
            });
        }
    }

    @Test
    void relationsStatedInClauseProseCiteTheClauseAndCarryTheirNote() throws Exception {
        JsonNode playbook = get("/api/v1/standards/radlex-playbook").json();
        assertThat(playbook.get("relations")).singleElement().satisfies(r -> {
            assertThat(r.get("kind").asString()).isEqualTo("published-in");
            assertThat(r.get("standard").asString()).isEqualTo("loinc");
            assertThat(r.get("statedIn").asString()).isEqualTo("5.3.1.7");
            assertThat(r.get("citation").asString()).isEqualTo("ISO 21860:2020 clause 5.3.1.7");
            assertThat(r.get("note").asString()).contains("2.6");
        });
        JsonNode loinc = get("/api/v1/standards/loinc").json();
        assertThat(texts(loinc.get("relations"), "kind")).contains("publishes", "supplies-codes-to");
        JsonNode wadoUri = get("/api/v1/standards/dicom-wado-uri").json();
        assertThat(wadoUri.get("relations")).anySatisfy(r -> {
            assertThat(r.get("kind").asString()).isEqualTo("promoted-by");
            assertThat(r.get("standard").asString()).isEqualTo("ihe-xds-i-b");
        });
        assertThat(texts(get("/api/v1/standards/dicom-mwl").json().get("relations"), "kind"))
                .contains("roughly-combined-in");
        JsonNode dicomweb = get("/api/v1/standards/dicomweb").json();
        assertThat(dicomweb.get("relations")).anySatisfy(r -> {
            assertThat(r.get("kind").asString()).isEqualTo("mirrors");
            assertThat(r.get("note").asString()).contains("STOW-RS", "C-STORE", "QIDO-RS", "C-FIND");
        });
    }

    @Test
    void editorialCorrectionsComeWithTheRowAndTheStandard() throws Exception {
        JsonNode rows = get("/api/v1/use-cases/device-to-department").json().get("rows");
        JsonNode ucum = null;
        for (JsonNode row : rows) {
            if (row.get("label").asString().equals("UCUM")) {
                ucum = row;
            } else {
                assertThat(row.get("correction").isNull()).as(row.get("label").asString()).isTrue();
            }
        }
        assertThat(ucum).isNotNull();
        assertThat(ucum.at("/correction/column").asString()).isEqualTo("systems");
        assertThat(ucum.at("/correction/columnLabel").asString()).isEqualTo("Devices/Systems");
        assertThat(ucum.at("/correction/table").asString()).isEqualTo("Table 6");
        assertThat(ucum.at("/correction/printed").asString())
                .isEqualTo("Modalities, Clinical Applications, Reporting Systems Creators");
        assertThat(ucum.at("/correction/reason").asString()).isNotBlank();
        assertThat(ucum.get("systems").toString()).doesNotContain("Creators");

        JsonNode wadoUri = get("/api/v1/standards/dicom-wado-uri").json();
        assertThat(wadoUri.get("briefName").asString()).isEqualTo("DICOM WADO-URI");
        assertThat(wadoUri.at("/correction/column").asString()).isEqualTo("brief-name");
        assertThat(wadoUri.at("/correction/printed").asString()).isEqualTo("DICOM WA-DO-URI");
        assertThat(get("/api/v1/standards/ihe-swf").json().get("correction").isNull()).isTrue();
    }

    /** IHE SWF.b's site deployment has levels for Europe, Japan and the US only. */
    @Test
    void aStandardWithNoLevelForTheRegionIsNotLostSilently() throws Exception {
        JsonNode left = get("/api/v1/standards?region=canada&deployment=low").json();
        assertThat(texts(left.get("standards"), "id")).doesNotContain("ihe-swf-b");
        assertThat(left.at("/noLevelForRegion/region").asString()).isEqualTo("canada");
        assertThat(left.at("/noLevelForRegion/included").asBoolean()).isFalse();
        assertThat(texts(left.at("/noLevelForRegion/standards"), "id")).contains("ihe-swf-b");
        assertThat(left.at("/noLevelForRegion/count").asInt()).isEqualTo(left.at("/noLevelForRegion/standards").size());
        assertThat(left.at("/noLevelForRegion/summary").asString()).contains("IHE SWF.b", "Canada", "leave");

        JsonNode kept = get("/api/v1/standards?region=canada&deployment=low&no-level=include").json();
        assertThat(kept.get("count").asInt())
                .isEqualTo(left.get("count").asInt() + left.at("/noLevelForRegion/count").asInt());
        assertThat(kept.at("/noLevelForRegion/included").asBoolean()).isTrue();
        assertThat(kept.get("filter").asString()).contains("including standards with no level for this region");
        JsonNode swfb = byId(kept.get("standards"), "ihe-swf-b");
        assertThat(swfb.at("/siteDeployment/inRegion/region").asString()).isEqualTo("canada");
        assertThat(swfb.at("/siteDeployment/inRegion/level").isNull()).isTrue();
        assertThat(swfb.at("/siteDeployment/inRegion/noLevel").asBoolean()).isTrue();
        assertThat(swfb.at("/siteDeployment/inRegion/label").asString()).isEqualTo("No level for this region");
        assertThat(swfb.at("/productAdoption/inRegion/label").asString()).isEqualTo("Moderate");

        JsonNode unfiltered = get("/api/v1/standards?deployment=low").json();
        assertThat(unfiltered.get("noLevelForRegion").isNull()).as("no region, nothing to set aside").isTrue();
        assertThat(texts(unfiltered.get("standards"), "id")).contains("ihe-swf-b");
        assertThat(get("/api/v1/standards?no-level=maybe").status()).isEqualTo(400);
    }

    @Test
    void everyRegionalRatingSaysWhatAppliesInEachRegion() throws Exception {
        JsonNode swfb = get("/api/v1/standards/ihe-swf-b").json();
        JsonNode byRegion = swfb.at("/siteDeployment/byRegion");
        assertThat(texts(byRegion, "region")).containsExactly("us", "canada", "europe", "japan", "elsewhere");
        assertThat(texts(byRegion, "label")).containsExactly("Low", "No level for this region", "Moderate", "Moderate",
                "No level for this region");
        assertThat(swfb.at("/siteDeployment/inRegion").isNull()).isTrue();
        assertThat(swfb.at("/productAdoption/byRegion")).isEmpty();
    }
}
