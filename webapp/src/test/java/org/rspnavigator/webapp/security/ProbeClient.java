package org.rspnavigator.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.UUID;

import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.procurement.statement.ActorClaim;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.procurement.statement.StatementLinks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security probes' HTTP client: a request as one {@link Caller}, sent as it is (odd ones
 * included: any headers, a body streamed without a length), and the items the probes need, made
 * through the API as their owners would make them.
 */
final class ProbeClient {

    static final String API = "/api/v1";
    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;

    ProbeClient(int port) {
        this.port = port;
    }

    /** An answer: its status, the media type and file name it gives, and its body. */
    record Answer(int status, String contentType, String disposition, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text());
        }
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A JSON request ({@code body} a String sent as is, or an object written as JSON). */
    Answer call(Caller caller, String method, String path, Object body) {
        String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        return call(caller, method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                "application/json");
    }

    Answer call(Caller caller, String method, String path, byte[] body, String contentType) {
        return request(caller, method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body), body == null ? Map.of() : Map.of("Content-Type", contentType));
    }

    Answer download(Caller caller, String path) {
        return call(caller, "GET", path, null, null);
    }

    /**
     * A request with the headers given (a body's type among them, or none) and the body as
     * published ({@code ofInputStream} streams it chunked, without a Content-Length).
     */
    Answer request(Caller caller, String method, String path, HttpRequest.BodyPublisher body,
            Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (caller.username != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (caller.username + ":" + caller.password).getBytes(StandardCharsets.UTF_8)));
            }
            request.method(method, body);
            headers.forEach(request::header);
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request that must succeed with {@code status}: setting up, not probing. */
    JsonNode expect(int status, Caller caller, String method, String path, Object body) {
        Answer answer = call(caller, method, path, body);
        assertThat(answer.status()).as(method + " " + path + " as " + caller.label() + ": " + answer.text())
                .isEqualTo(status);
        return answer.bytes().length == 0 ? null : answer.json();
    }

    /** A statement the catalog accepts: an archive claiming SWF.b's Image Manager/Image Archive. */
    static IntegrationStatement statement(String vendor, String productName, String version, String revision,
            StatementLinks links) {
        return new IntegrationStatement(vendor, productName, version, LocalDate.of(2026, 11, 1), revision, links,
                List.of(new ProfileClaim("swf-b", List.of(new ActorClaim("Image Manager/Image Archive", List.of())))));
    }

    static String statementJson(String productName) {
        return StatementJson.write(statement("Example Imaging Systems", productName, "7.2", "",
                new StatementLinks("https://example.com/ihe", "", "")));
    }

    /** A small spec: one use case, one system, so that its documents are quick to make. */
    static Map<String, Object> spec(String projectName) {
        return Map.of("projectName", projectName, "organization", "St. Example Hospital", "region", "europe",
                "useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs", "quantity", 1, "notes", "")));
    }

    static Map<String, Object> shortlist(String name) {
        return Map.of("name", name, "description", "Notes", "filter", "group=preferred", "standards", List.of("loinc"));
    }

    /** A new shortlist of {@code owner}'s organization: {id, version, ...}. */
    JsonNode newShortlist(Caller owner) {
        return expect(201, owner, "POST", API + "/shortlists", shortlist(unique("Probe list")));
    }

    /** A new RFP project at revision 1: {project: {id, version, ...}, draft}. */
    JsonNode newProject(Caller owner) {
        return expect(201, owner, "POST", API + "/rfp/projects", Map.of("spec", spec(unique("Probe tender"))));
    }

    /** A new unpublished product: {product: {id, version, ...}, statement, findings}. */
    JsonNode newProduct(Caller owner) {
        return expect(201, owner, "POST", API + "/products", statementJson(unique("Probe PACS")));
    }

    /** A bidder's statement in a project: {id, bidder, ...}. */
    JsonNode newBidder(Caller owner, long projectId) {
        Answer added = call(owner, "POST", API + "/rfp/projects/" + projectId + "/bidders?bidder=Alpha",
                statementJson(unique("Bid PACS")).getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return added.json();
    }

    /** A bidder's returned response matrix in a project, one answer: {id, bidder, ...}. */
    JsonNode newResponse(Caller owner, long projectId) {
        Answer added = call(owner, "POST", API + "/rfp/projects/" + projectId + "/responses?bidder=" + unique("Bidder")
                .replace(' ', '-'), "Number,Response\r\nPACS-01,Comply\r\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return added.json();
    }

    /** A new, empty organization: {id, name, version}. */
    JsonNode newOrganization() {
        return expect(201, Caller.ADMIN, "POST", API + "/admin/organizations", Map.of("name", unique("Probe clinic")));
    }

    /** A new planner of {@code organizationId}: {id, username, version, ...}. */
    JsonNode newUser(long organizationId) {
        return expect(201, Caller.ADMIN, "POST", API + "/admin/users", Map.of("username",
                "probe-" + UUID.randomUUID().toString().substring(0, 8), "displayName", "Probe User", "role", "PLANNER",
                "organizationId", organizationId, "password", "Probe-password-1"));
    }
}
