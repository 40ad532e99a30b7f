package org.rspnavigator.webapp.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.testing.TestAccounts.ADMIN;
import static org.rspnavigator.webapp.testing.TestAccounts.ADMIN_PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER;
import static org.rspnavigator.webapp.testing.TestAccounts.VENDOR;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.procurement.statement.ActorClaim;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.procurement.statement.StatementLinks;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.slf4j.MDC;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations endpoints as a load balancer, a monitoring system and an operator reach them:
 * health and probes for anyone without details, metrics for administrators only, the
 * application's timers after real requests, and nothing else of Actuator exposed; the views and
 * the API keep their own security.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, OperationsEndpointsTest.LogContextEcho.class})
class OperationsEndpointsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    record Answer(int status, String contentType, String authenticate, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Answer send(String method, String path, String user, String json) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (user != null) {
                String password = user.equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD;
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("WWW-Authenticate").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer get(String path, String user) {
        return send("GET", path, user, null);
    }

    @Test
    void healthAndProbesAreUpForAnyoneWithoutDetails() {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            Answer health = get(path, null);
            assertThat(health.status()).as(path + ": " + health.body()).isEqualTo(200);
            assertThat(health.json().path("status").asString()).as(path).isEqualTo("UP");
            assertThat(health.json().has("components")).as(path + ": " + health.body()).isFalse();
            assertThat(health.json().has("details")).as(path).isFalse();
            assertThat(health.body()).as(path).doesNotContain("H2", "jdbc", "database");
        }
    }

    @Test
    void administratorsSeeTheDetailsAndReadinessIncludesTheDatabase() {
        Answer readiness = get("/actuator/health/readiness", ADMIN);
        assertThat(readiness.status()).isEqualTo(200);
        JsonNode components = readiness.json().path("components");
        assertThat(components.path("db").path("status").asString()).as(readiness.body()).isEqualTo("UP");
        assertThat(components.path("readinessState").path("status").asString()).isEqualTo("UP");

        Answer liveness = get("/actuator/health/liveness", ADMIN);
        assertThat(liveness.json().path("components").has("db"))
                .as("a lost database must not make instances restart: " + liveness.body()).isFalse();

        Answer planner = get("/actuator/health", PLANNER);
        assertThat(planner.status()).isEqualTo(200);
        assertThat(planner.json().has("components")).as(planner.body()).isFalse();
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics")) {
            Answer anonymous = get(path, null);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
            assertThat(anonymous.authenticate()).contains("Basic");

            Answer planner = get(path, PLANNER);
            assertThat(planner.status()).as(path).isEqualTo(403);
            assertThat(planner.contentType()).startsWith("application/problem+json");
            assertThat(planner.json().path("detail").asString()).isEqualTo("Your role does not allow this.");

            assertThat(get(path, ADMIN).status()).as(path).isEqualTo(200);
        }
        assertThat(get("/actuator/metrics/rsp.documents.queued", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void nothingElseOfActuatorIsExposed() {
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings", "/actuator/shutdown")) {
            assertThat(get(path, null).status()).as(path).isEqualTo(401);
            assertThat(get(path, PLANNER).status()).as(path).isEqualTo(403);
            Answer admin = get(path, ADMIN);
            assertThat(admin.status()).as(path + ": " + admin.body()).isEqualTo(404);
            assertThat(admin.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(send("POST", "/actuator/shutdown", ADMIN, "{}").status()).isEqualTo(404);
    }

    @Test
    void documentsAndRequestsAreTimed() {
        Map<String, Object> spec = Map.of("projectName", "Metrics", "organization", "St. Example Hospital",
                "region", "europe", "useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs", "quantity", 1, "notes", "")));
        Answer csv = send("POST", "/api/v1/rfp/documents/response-matrix.csv", PLANNER,
                JSON.writeValueAsString(Map.of("spec", spec)));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);

        String metrics = get("/actuator/prometheus", ADMIN).body();
        assertThat(metrics).containsPattern(
                "rsp_documents_render_seconds_count\\{[^}]*format=\"response-matrix.csv\"[^}]*outcome=\"success\"[^}]*} 1");
        assertThat(metrics).containsPattern("rsp_documents_render_seconds_bucket\\{[^}]*format=\"response-matrix.csv\"");
        assertThat(metrics).contains("rsp_documents_queued", "rsp_documents_active");
        assertThat(metrics).containsPattern(
                "http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/rfp/documents/\\{file}\"");
        assertThat(metrics).contains("application=\"rsp-navigator\"");
    }

    @Test
    void statementDocumentsAreTimed() {
        IntegrationStatement statement = new IntegrationStatement("Example Imaging Systems", "Metrics Archive", "1.0",
                LocalDate.of(2026, 11, 1), "", new StatementLinks("", "", ""),
                List.of(new ProfileClaim("swf-b", List.of(new ActorClaim("Image Manager/Image Archive", List.of())))));
        Answer created = send("POST", "/api/v1/products", VENDOR, StatementJson.write(statement));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("product").path("id").asLong();
        assertThat(get("/api/v1/products/" + id + "/statement.pdf", VENDOR).status()).isEqualTo(200);

        assertThat(get("/actuator/prometheus", ADMIN).body()).containsPattern(
                "rsp_statements_render_seconds_count\\{[^}]*document=\"statement.pdf\"[^}]*outcome=\"success\"");
    }

    @Test
    void searchesAreTimedWhateverAsksThem() {
        assertThat(get("/api/v1/search?q=dose", null).status()).isEqualTo(200);
        assertThat(get("/api/v1/search/suggest?q=xds", null).status()).isEqualTo(200);

        String metrics = get("/actuator/prometheus", ADMIN).body();
        assertThat(metrics).containsPattern("rsp_search_seconds_count\\{[^}]*kind=\"search\"[^}]*outcome=\"success\"");
        assertThat(metrics).containsPattern("rsp_search_seconds_count\\{[^}]*kind=\"suggest\"");
    }

    /** Answers with the user in the log context while the API request is handled. */
    @RestController
    static class LogContextEcho {
        @GetMapping("/api/v1/test/log-context")
        Map<String, String> logContext() {
            String user = MDC.get(UserLogContext.KEY);
            return user == null ? Map.of() : Map.of("user", user);
        }
    }

    @Test
    void apiRequestsLogTheirSignedInUser() {
        assertThat(get("/api/v1/test/log-context", PLANNER).json().path("user").asString()).isEqualTo(PLANNER);
        assertThat(get("/api/v1/test/log-context", null).json().has("user")).isFalse();
        assertThat(get("/api/v1/test/log-context", ADMIN).json().path("user").asString()).isEqualTo(ADMIN);
    }

    @Test
    void theViewsAndTheApiKeepTheirOwnSecurity() {
        for (String path : List.of("/", "/login", "/catalog", "/search?q=dose")) {
            Answer page = get(path, null);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.contentType()).as(path).startsWith("text/html");
        }
        assertThat(get("/api/v1/standards", null).status()).isEqualTo(200);
        Answer shortlists = get("/api/v1/shortlists", null);
        assertThat(shortlists.status()).isEqualTo(401);
        assertThat(shortlists.contentType()).startsWith("application/problem+json");
        assertThat(get("/api/v1/admin/organizations", PLANNER).status()).isEqualTo(403);
    }
}
