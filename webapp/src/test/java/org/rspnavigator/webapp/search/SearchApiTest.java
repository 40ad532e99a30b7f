package org.rspnavigator.webapp.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The search API over HTTP: ranked hits, facets, suggestions, and clear answers to odd input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> search(String text) throws Exception {
        return get("/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    @Test
    void ranksTheRightStandardFirstWithSnippetAndFacets() throws Exception {
        HttpResponse<String> response = search("worklist");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        JsonNode first = body.get("hits").get(0);
        assertThat(first.get("id").asString()).isEqualTo("dicom-mwl");
        assertThat(first.get("type").asString()).isEqualTo("standard");
        assertThat(first.get("href").asString()).isEqualTo("/standards/dicom-mwl");
        assertThat(first.get("title").asString()).isEqualTo("DICOM MWL");
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(body.get("total").asInt()).isGreaterThanOrEqualTo(body.get("hits").size());
        assertThat(body.get("facets").has("type")).isTrue();
        assertThat(body.get("facets").has("category")).isTrue();

        JsonNode xdsi = JSON.readTree(search("XDS-I").body());
        assertThat(xdsi.get("hits").get(0).get("id").asString()).isEqualTo("ihe-xds-i-b");
    }

    @Test
    void filtersAndLimitNarrowTheHits() throws Exception {
        JsonNode body = JSON.readTree(get("/api/v1/search?q=dose&type=use-case-row&limit=3").body());
        assertThat(body.get("hits").size()).isBetween(1, 3);
        body.get("hits").forEach(h -> {
            assertThat(h.get("type").asString()).isEqualTo("use-case-row");
            assertThat(h.get("href").asString()).startsWith("/use-cases/").contains("#row-");
        });
        JsonNode emerging = JSON.readTree(get("/api/v1/search?q=dose&group=emerging&type=standard").body());
        emerging.get("hits").forEach(h -> assertThat(h.get("id").asString()).isIn("dicom-rrdsr", "ihe-rem-nm")
                .as("only emerging standards"));
    }

    @Test
    void pagesThroughTheHitsByOffsetOrPageWithTheTotal() throws Exception {
        JsonNode whole = JSON.readTree(get("/api/v1/search?q=images&limit=30").body());
        JsonNode first = JSON.readTree(get("/api/v1/search?q=images&limit=10").body());
        JsonNode byOffset = JSON.readTree(get("/api/v1/search?q=images&limit=10&offset=10").body());
        JsonNode byPage = JSON.readTree(get("/api/v1/search?q=images&limit=10&page=2").body());
        int total = whole.get("total").asInt();
        assertThat(total).isGreaterThan(30);
        assertThat(first.get("offset").asInt()).isZero();
        assertThat(first.get("limit").asInt()).isEqualTo(10);
        assertThat(byOffset.get("offset").asInt()).isEqualTo(10);
        assertThat(byOffset.get("total").asInt()).isEqualTo(total);
        assertThat(ids(byPage)).isEqualTo(ids(byOffset)).hasSize(10);
        List<String> twoPages = new java.util.ArrayList<>(ids(first));
        twoPages.addAll(ids(byOffset));
        assertThat(twoPages).isEqualTo(ids(whole).subList(0, 20));

        JsonNode last = JSON.readTree(get("/api/v1/search?q=images&limit=10&offset=" + (total - 4)).body());
        assertThat(last.get("hits").size()).isEqualTo(4);

        for (String bad : List.of("offset=-1", "offset=1001", "offset=x", "page=0", "page=2&offset=10")) {
            HttpResponse<String> response = get("/api/v1/search?q=images&" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("detail").asString()).as(bad).isNotBlank();
        }
    }

    @Test
    void transactionsAndSystemTypesAreHitsWithTheirOwnLinks() throws Exception {
        JsonNode rad8 = JSON.readTree(search("RAD-8").body()).get("hits").get(0);
        assertThat(rad8.get("type").asString()).isEqualTo("transaction");
        assertThat(rad8.get("id").asString()).isEqualTo("swf-b#RAD-8");
        assertThat(rad8.get("href").asString()).isEqualTo("/profiles/swf-b#transaction-rad-8");

        JsonNode pacs = JSON.readTree(search("what does a PACS play").body()).get("hits").get(0);
        assertThat(pacs.get("type").asString()).isEqualTo("system-type");
        assertThat(pacs.get("id").asString()).isEqualTo("system-type:pacs");
        assertThat(pacs.get("href").asString()).as("its page, like every hit").isEqualTo("/system-types/pacs");
        HttpResponse<String> resource = get("/api/v1/system-types/pacs");
        assertThat(resource.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(resource.body()).get("id").asString()).isEqualTo("pacs");

        JsonNode onlyTransactions = JSON.readTree(get("/api/v1/search?q=ITI-41&type=transaction").body());
        onlyTransactions.get("hits").forEach(h -> assertThat(h.get("type").asString()).isEqualTo("transaction"));
        assertThat(onlyTransactions.get("hits").get(0).get("id").asString()).isEqualTo("xds-b#ITI-41");
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new java.util.ArrayList<>();
        body.get("hits").forEach(h -> ids.add(h.get("id").asString()));
        return ids;
    }

    @Test
    void offersACorrectionForATypo() throws Exception {
        JsonNode body = JSON.readTree(search("mamo cad").body());
        assertThat(body.get("didYouMean").asString()).isEqualTo("mammo cad");
    }

    @Test
    void oddTextIsAnsweredNeverWithA500() throws Exception {
        for (String text : List.of("\"", "*", "AND", "(", ")", "a:b", "NOT NOT", "\\", "[x TO y]", "Bildgebung ✓",
                "🙂", "x".repeat(200), "' OR 1=1 --", "<script>alert(1)</script>")) {
            HttpResponse<String> response = search(text);
            assertThat(response.statusCode()).as(text).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("query").asString()).as(text).isEqualTo(text.strip());
            body.get("hits").forEach(h -> assertThat(h.get("snippet").asString()).as(text).doesNotContain("<script"));
        }
    }

    @Test
    void badRequestsAre400sThatSayWhy() throws Exception {
        assertProblem(get("/api/v1/search"), "Type something to search for.");
        assertProblem(get("/api/v1/search?q=%20%20"), "Type something to search for.");
        assertProblem(search("x".repeat(201)), "The search text is longer than 200 characters.");
        assertProblem(get("/api/v1/search?q=dose&type=profile-ish"),
                "'profile-ish' is not a valid value of 'type' (expected one of: standard, use-case-row, profile, actor, transaction, "
                        + "system-type).");
        assertProblem(get("/api/v1/search?q=dose&limit=many"), "'limit' must be a whole number, not 'many'.");
        assertProblem(get("/api/v1/search?q=dose&limit=1000"), "The limit must be between 1 and 100, not 1000.");
    }

    private static void assertProblem(HttpResponse<String> response, String detail) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).isEqualTo(detail);
    }

    @Test
    void suggestsAsYouType() throws Exception {
        HttpResponse<String> response = get("/api/v1/search/suggest?q=rds");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode suggestions = JSON.readTree(response.body());
        assertThat(suggestions.size()).isPositive();
        assertThat(suggestions.toString()).contains("RDSR");
        assertThat(JSON.readTree(get("/api/v1/search/suggest?q=").body()).size()).isZero();
    }
}
