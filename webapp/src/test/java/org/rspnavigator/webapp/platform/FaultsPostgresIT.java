package org.rspnavigator.webapp.platform;

import org.rspnavigator.webapp.testing.Http;
import org.rspnavigator.webapp.testing.PostgresCluster;
import org.rspnavigator.webapp.testing.PostgresRequired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.testing.TestAccounts.PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.rspnavigator.webapp.testing.Http.Answer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * PostgreSQL stops while the application is in use, and starts again: requests that need the
 * database are answered 503 with "try again" within seconds (not 500, not a hang), the catalog
 * keeps answering, and once the server is back the application carries on without a restart, with
 * everything saved before the outage unchanged. Stops the tests' server (the embedded one, or the
 * local cluster; see {@link PostgresCluster}), and always starts it again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
@ActiveProfiles("postgres")
@ExtendWith(PostgresRequired.class)
class FaultsPostgresIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration OUTAGE_ANSWER_WITHIN = Duration.ofSeconds(10);
    private static final Duration RECOVERY_WITHIN = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    /** An answer with the header a 503 carries, and how long it took. */
    private record Timed(int status, String contentType, String retryAfter, String body, Duration took) {
        JsonNode json() {
            return Http.JSON.readTree(body);
        }
    }

    private Timed request(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((PLANNER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json");
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Timed(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " got no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void assertDatabaseUnavailable(Timed answer, String what) {
        assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(503);
        assertThat(answer.took()).as(what + " took " + answer.took()).isLessThan(OUTAGE_ANSWER_WITHIN);
        assertThat(answer.retryAfter()).as(what + ": Retry-After").isNotNull().matches("\\d+");
        assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        assertThat(answer.json().path("title").asString()).isEqualTo("Database unavailable");
        assertThat(answer.json().path("detail").asString()).as(what).contains("database is unavailable")
                .contains("Try again");
        assertThat(answer.body()).as(what + " reveals nothing internal").doesNotContain("Exception")
                .doesNotContain("Hikari").doesNotContain("org.").doesNotContain("jdbc");
    }

    private static Map<String, Object> shortlist(String name, List<String> standards) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("description", "Kept through a **database outage**.");
        s.put("filter", "group=preferred");
        s.put("standards", standards);
        return s;
    }

    private static Map<String, Object> spec(String name) {
        return Map.of("projectName", name, "organization", TestAccounts.HOSPITAL, "region", "europe",
                "useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs", "quantity", 1, "notes", "")));
    }

    @Test
    void anOutageIsAnsweredWith503AndAfterItNothingSavedIsLostAndSavingWorksAgain() {
        PostgresCluster cluster = PostgresCluster.local();
        Http http = new Http(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        // Work saved before the outage: a shortlist, and an RFP project with two revisions.
        Answer list = http.send("POST", "/api/v1/shortlists", PLANNER, PASSWORD,
                shortlist("Outage baseline " + suffix, List.of("ihe-swf-b", "dicom-mwl")));
        assertThat(list.status()).as(list.body()).isEqualTo(201);
        String listPath = "/api/v1/shortlists/" + list.json().get("id").asLong();
        Answer created = http.send("POST", "/api/v1/rfp/projects", PLANNER, PASSWORD,
                Map.of("spec", spec("Outage renewal " + suffix)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String projectPath = "/api/v1/rfp/projects/" + created.json().get("project").get("id").asLong();
        ObjectNode draft = (ObjectNode) created.json().get("draft");
        ((ObjectNode) draft.get("requirements").get(0)).put("level", "SHOULD").put("changeReason", "Decided by the board.");
        Answer saved = http.send("PUT", projectPath, PLANNER, PASSWORD,
                Map.of("version", created.json().get("project").get("version").asLong(), "draft", draft));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("project").get("revision").asInt()).isEqualTo(2);

        Map<String, String> before = snapshot(http, projectPath, listPath);

        try {
            cluster.stop();

            Timed read = request("GET", projectPath, null);
            assertDatabaseUnavailable(read, "reading a project");
            Timed save = request("PUT", listPath, shortlist("Changed during the outage", List.of("dicom-mwl")));
            assertDatabaseUnavailable(save, "saving a shortlist");
            Timed create = request("POST", "/api/v1/rfp/projects", Map.of("spec", spec("Created during the outage "
                    + suffix)));
            assertDatabaseUnavailable(create, "creating a project");
            System.out.printf("During the outage: 503 after %d ms (read), %d ms (save), %d ms (create)%n",
                    read.took().toMillis(), save.took().toMillis(), create.took().toMillis());

            // The catalog lives in memory: it answers as if nothing happened.
            Answer standards = http.send("GET", "/api/v1/standards", null, null, null);
            assertThat(standards.status()).isEqualTo(200);
            assertThat(standards.json().get("count").asInt()).isEqualTo(83);
            Answer search = http.send("GET", "/api/v1/search?q=dose", null, null, null);
            assertThat(search.status()).as(search.body()).isEqualTo(200);
            assertThat(search.body()).containsIgnoringCase("dose");
        } finally {
            cluster.start();
        }

        // The connection pool reconnects by itself: no restart of the application.
        long restarted = System.nanoTime();
        Timed first = awaitRecovery(projectPath);
        System.out.printf("After the restart of PostgreSQL: %d after %d ms%n", first.status(),
                Duration.ofNanos(System.nanoTime() - restarted).toMillis());
        assertThat(first.status()).as("after the restart of PostgreSQL: " + first.body()).isEqualTo(200);

        assertThat(snapshot(http, projectPath, listPath)).isEqualTo(before);
        assertThat(http.send("GET", "/api/v1/rfp/projects", PLANNER, PASSWORD, null).body())
                .doesNotContain("Created during the outage " + suffix);

        // And saving works again.
        JsonNode now = http.send("GET", projectPath, PLANNER, PASSWORD, null).json();
        Answer third = http.send("PUT", projectPath, PLANNER, PASSWORD,
                Map.of("version", now.get("project").get("version").asLong(), "draft", now.get("draft")));
        assertThat(third.status()).as(third.body()).isEqualTo(200);
        assertThat(third.json().get("project").get("revision").asInt()).isEqualTo(3);
        Map<String, Object> changed = shortlist("Outage baseline, after " + suffix, List.of("dicom-mwl"));
        changed.put("version", http.send("GET", listPath, PLANNER, PASSWORD, null).json().get("version").asLong());
        Answer listSaved = http.send("PUT", listPath, PLANNER, PASSWORD, changed);
        assertThat(listSaved.status()).as(listSaved.body()).isEqualTo(200);
        assertThat(listSaved.json().get("standards").toString()).isEqualTo("[\"dicom-mwl\"]");
        Answer another = http.send("POST", "/api/v1/shortlists", PLANNER, PASSWORD,
                shortlist("After the outage " + suffix, List.of("ihe-swf-b")));
        assertThat(another.status()).as(another.body()).isEqualTo(201);
    }

    /** Everything a client can read of the saved work, as returned, keyed by path. */
    private static Map<String, String> snapshot(Http http, String projectPath, String listPath) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : List.of(projectPath, projectPath + "/revisions", projectPath + "/revisions/1",
                projectPath + "/revisions/2", listPath)) {
            Answer answer = http.send("GET", path, PLANNER, PASSWORD, null);
            assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
            bodies.put(path, answer.body());
        }
        return bodies;
    }

    /** The first request that is not a 503 after the server is back (the pool may need a moment). */
    private Timed awaitRecovery(String path) {
        long deadline = System.nanoTime() + RECOVERY_WITHIN.toNanos();
        Timed answer = request("GET", path, null);
        while (answer.status() == 503 && System.nanoTime() < deadline) {
            sleep(250);
            answer = request("GET", path, null);
        }
        return answer;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
