package org.rspnavigator.webapp.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.report.VerificationReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verification report of the IHE profiles over HTTP. The figures change as the profiles are
 * completed, so the answer is compared with the report computed from the running catalog.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProfileVerificationApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PATH = "/api/v1/profiles/verification";

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    private HttpResponse<String> send(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode report() throws Exception {
        HttpResponse<String> response = send("GET", PATH);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    @Test
    void answersWithTheReportOfTheCatalog() throws Exception {
        VerificationReport expected = VerificationReport.of(catalog);
        JsonNode report = report();

        assertThat(report.at("/target/percent").asInt()).isEqualTo(90);
        assertThat(report.at("/target/met").asBoolean()).isEqualTo(expected.target().met());
        assertThat(report.at("/target/statement").asString()).isEqualTo(expected.target().line());
        assertThat(report.at("/portfolio/profiles").asInt()).isEqualTo(expected.portfolio().profiles());
        assertThat(report.at("/portfolio/facts/facts").asInt()).isEqualTo(expected.portfolio().facts().total());
        assertThat(report.at("/portfolio/facts/verified").asInt()).isEqualTo(expected.portfolio().facts().verified());
        assertThat(report.at("/all/profiles").asInt()).isEqualTo(catalog.profiles().size());
        assertThat(report.at("/all/facts/facts").asInt()).isEqualTo(expected.all().facts().total());
        assertThat(report.get("notVerified")).hasSize(expected.notVerified().size());
        assertThat(report.get("sources")).hasSize(expected.sources().size());
        assertThat(report.get("everyVerifiedFactTraceable").asBoolean()).isEqualTo(expected.everyVerifiedFactTraceable());
    }

    @Test
    void theTotalsAddUpOverTheProfiles() throws Exception {
        JsonNode report = report();
        int facts = 0;
        int verified = 0;
        int portfolioFacts = 0;
        int portfolioProfiles = 0;
        for (JsonNode p : report.get("profiles")) {
            JsonNode c = p.get("facts");
            assertThat(c.get("facts").asInt()).as(p.get("id").asString())
                    .isEqualTo(c.get("verified").asInt() + c.get("partial").asInt() + c.get("unverified").asInt());
            facts += c.get("facts").asInt();
            verified += c.get("verified").asInt();
            if (p.get("portfolio").asBoolean()) {
                portfolioFacts += c.get("facts").asInt();
                portfolioProfiles++;
            }
        }
        assertThat(report.at("/all/facts/facts").asInt()).isEqualTo(facts);
        assertThat(report.at("/all/facts/verified").asInt()).isEqualTo(verified);
        assertThat(report.at("/portfolio/facts/facts").asInt()).isEqualTo(portfolioFacts);
        assertThat(report.at("/portfolio/profiles").asInt()).isEqualTo(portfolioProfiles);
        assertThat(report.get("notVerified")).hasSize(
                report.at("/all/facts/partial").asInt() + report.at("/all/facts/unverified").asInt());
    }

    @Test
    void saysWhichProfilesThePortfolioRatesAndWhyFactsAreNotVerified() throws Exception {
        JsonNode report = report();
        JsonNode nmi = named(report.get("profiles"), "nmi");
        assertThat(nmi.get("portfolio").asBoolean()).isTrue();
        assertThat(nmi.at("/portfolioEntry/id").asString()).isEqualTo("ihe-nmi");
        assertThat(nmi.get("href").asString()).isEqualTo("/api/v1/profiles/nmi");
        JsonNode ct = named(report.get("profiles"), "ct");
        assertThat(ct.get("portfolio").asBoolean()).isFalse();
        assertThat(ct.get("portfolioEntry").isNull()).isTrue();

        assertThat(report.get("notVerified")).allSatisfy(f -> {
            assertThat(f.get("level").asString()).isIn("partial", "unverified");
            assertThat(f.get("reason").asString()).isNotBlank();
            assertThat(f.get("fact").asString()).matches(
                    "(status|actor|option|transaction|grouping|option rule) .+");
        });
        assertThat(report.get("sources")).allSatisfy(s -> {
            assertThat(s.get("kind").asString()).isIn("ihe-publication", "ihe-secondary", "other");
            assertThat(s.get("publicAddress").asBoolean()).isEqualTo(!s.get("address").asString().equals("none"));
            assertThat(s.get("verifiedFacts").asInt()).isLessThanOrEqualTo(s.get("facts").asInt());
        });
    }

    @Test
    void isNotTakenForAProfileIdAndTakesOnlyGet() throws Exception {
        assertThat(report().has("target")).as("the report, not a profile called 'verification'").isTrue();
        HttpResponse<String> post = send("POST", PATH);
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET"));
    }

    private static JsonNode named(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (n.get("id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no profile " + id + " in " + array);
    }
}
