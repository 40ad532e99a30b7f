package org.rspnavigator.webapp.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The profiles and system-types API over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProfileApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode named(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asString().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.get(field).asString()));
        return result;
    }

    @Test
    void listsTheProfilesWithFilters() throws Exception {
        JsonNode all = json("/api/v1/profiles");
        assertThat(all.get("count").asInt()).isGreaterThanOrEqualTo(28);
        assertThat(texts(all.get("profiles"), "acronym")).contains("SWF.b", "NMI", "XDS.b", "ATNA", "CT", "PIX", "PDQ", "FUS");

        JsonNode cardiology = json("/api/v1/profiles?domain=cardiology");
        assertThat(texts(cardiology.get("profiles"), "acronym")).containsExactlyInAnyOrder("CATH", "ECHO");

        JsonNode legacy = json("/api/v1/profiles?group=legacy");
        assertThat(texts(legacy.get("profiles"), "acronym")).containsExactlyInAnyOrder("SWF", "PIR");

        JsonNode outside = json("/api/v1/profiles?group=none");
        assertThat(texts(outside.get("profiles"), "acronym")).contains("CT", "PIX", "PDQ", "FUS")
                .doesNotContain("SWF.b");

        HttpResponse<String> bad = get("/api/v1/profiles?status=draft");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("detail").asString()).startsWith("'draft' is not a valid value of 'status'");
    }

    @Test
    void nmiHasTheCardiacNmOptionOnItsImageDisplay() throws Exception {
        JsonNode nmi = json("/api/v1/profiles/nmi");
        assertThat(nmi.at("/portfolioEntry/id").asString()).isEqualTo("ihe-nmi");
        JsonNode display = named(nmi.get("actors"), "name", "Image Display");
        JsonNode cardiac = named(display.get("options"), "name", "Cardiac NM");
        // Seen in IHE secondary sources (the wiki, webinar slides), not in a Technical Framework section.
        assertThat(cardiac.at("/verification/level").asString()).isEqualTo("partial");
        assertThat(cardiac.at("/verification/sources")).isNotEmpty()
                .allSatisfy(src -> assertThat(src.get("kind").asString()).isIn("ihe-secondary", "ihe-publication", "other"));
        JsonNode creator = named(nmi.get("actors"), "name", "Evidence Creator");
        assertThat(texts(creator.get("options"), "name")).contains("Result Screen Export");
        assertThat(texts(nmi.get("buildsOn"), "id")).contains("dicom-core-image-iods", "dicom-dimse-services");
    }

    @Test
    void aProfileThePortfolioDoesNotRateSaysSo() throws Exception {
        JsonNode iid = json("/api/v1/profiles/iid");
        assertThat(iid.get("notRated").asString()).isEqualTo("Not rated by ISO 21860");
        assertThat(iid.get("portfolioEntry").isNull()).isTrue();
        assertThat(texts(iid.get("actors"), "name")).containsExactlyInAnyOrder("Image Display Invoker", "Image Display");
        JsonNode summary = named(json("/api/v1/profiles").get("profiles"), "id", "iid");
        assertThat(summary.get("notRated").asString()).isEqualTo("Not rated by ISO 21860");
        assertThat(named(json("/api/v1/profiles").get("profiles"), "id", "swf-b").get("notRated").isNull()).isTrue();
    }

    @Test
    void aGroupingSeveralProfilesCanMeetListsThemAll() throws Exception {
        JsonNode bppc = json("/api/v1/profiles/bppc");
        JsonNode creator = named(bppc.get("groupings"), "actor", "Content Creator");
        assertThat(creator.get("withProfile").asString()).isEqualTo("xds-b");
        assertThat(texts(creator.get("or"), "profile")).containsExactly("xdr", "xdm");
        assertThat(creator.at("/verification/sources/0/section").asString()).contains("19.3.1");
    }

    @Test
    void xdsBRequiresGroupingsWithCtAndAtna() throws Exception {
        JsonNode xds = json("/api/v1/profiles/xds-b");
        assertThat(texts(xds.get("groupings"), "withProfile")).contains("ct", "atna");
        JsonNode ct = named(xds.get("groupings"), "withProfile", "ct");
        assertThat(ct.get("actor").isNull()).as("applies to every actor").isTrue();
        assertThat(ct.get("withActors").toString()).contains("Time Client");
        JsonNode atna = named(xds.get("groupings"), "withProfile", "atna");
        assertThat(atna.get("withActors").toString()).contains("Secure Node").contains("Secure Application");

        JsonNode query = named(xds.get("transactions"), "id", "ITI-18");
        assertThat(query.get("initiators").toString()).contains("Document Consumer");
        assertThat(query.get("responders").toString()).contains("Document Registry");
    }

    @Test
    void unverifiedFactsSayTheyAreUnverified() throws Exception {
        JsonNode fus = json("/api/v1/profiles/fus");
        assertThat(fus.get("verification").asString()).isNotEqualTo("verified");
        assertThat(fus.get("actors")).anySatisfy(a -> assertThat(a.at("/verification/level").asString()).isEqualTo("unverified"));
    }

    @Test
    void systemTypesSayWhichActorsTheyPlay() throws Exception {
        JsonNode types = json("/api/v1/system-types");
        JsonNode pacs = named(types.get("systemTypes"), "id", "pacs");
        assertThat(pacs.get("plays")).anySatisfy(r -> {
            assertThat(r.get("profile").asString()).isEqualTo("swf-b");
            assertThat(r.get("actor").asString()).startsWith("Image Manager");
        });
        assertThat(json("/api/v1/system-types/pacs").get("name").asString()).isEqualTo("PACS");
        assertThat(get("/api/v1/system-types/toaster").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/profiles/swf-c").statusCode()).isEqualTo(404);
        JsonNode ct = json("/api/v1/system-types/modality-ct");
        assertThat(ct.get("creates").toString()).contains("\"dicom-ct-rdsr\"").doesNotContain("xray");
        JsonNode ris = json("/api/v1/system-types/ris");
        assertThat(ris.get("playsNoActor")).anySatisfy(n -> {
            assertThat(n.get("profile").asString()).isEqualTo("mammo");
            assertThat(n.get("note").asString()).contains("no scheduling actor");
        });
    }

    @Test
    void clinicalServicesSayWhatBelongsToThem() throws Exception {
        JsonNode all = json("/api/v1/clinical-services");
        assertThat(all.get("count").asInt()).isEqualTo(all.get("clinicalServices").size()).isGreaterThanOrEqualTo(8);
        JsonNode cardiology = named(all.get("clinicalServices"), "id", "cardiology");
        assertThat(cardiology.get("name").asString()).isEqualTo("Cardiology");
        assertThat(cardiology.get("standards").toString()).contains("\"ihe-cath\"", "\"ihe-echo\"", "\"dicom-echo-sr\"");
        assertThat(cardiology.get("options")).anySatisfy(o -> {
            assertThat(o.get("profile").asString()).isEqualTo("nmi");
            assertThat(o.get("option").asString()).isEqualTo("Cardiac NM");
        });
        JsonNode teaching = json("/api/v1/clinical-services/teaching-research");
        assertThat(teaching.get("rows")).anySatisfy(r -> assertThat(r.get("row").asString())
                .isEqualTo("DICOM Deidentification"));
        assertThat(get("/api/v1/clinical-services/podiatry").statusCode()).isEqualTo(404);
    }
}
