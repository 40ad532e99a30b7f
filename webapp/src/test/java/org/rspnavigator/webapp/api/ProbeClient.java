package org.rspnavigator.webapp.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rspnavigator.documents.statement.ActorClaim;
import org.rspnavigator.documents.statement.IntegrationStatement;
import org.rspnavigator.documents.statement.ProfileClaim;
import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.documents.statement.StatementLinks;
import org.rspnavigator.webapp.work.Http;
import org.rspnavigator.webapp.work.Http.Answer;

import tools.jackson.databind.JsonNode;

/**
 * The security probes' HTTP client: a request as one {@link Caller}, and the items the probes
 * need, made through the API as their owners would make them.
 */
final class ProbeClient {

    static final String API = "/api/v1";

    final Http http;

    ProbeClient(int port) {
        this.http = new Http(port);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A JSON request ({@code body} a String sent as is, or an object written as JSON). */
    Answer call(Caller caller, String method, String path, Object body) {
        return http.send(method, path, caller.username, caller.password, body);
    }

    Answer call(Caller caller, String method, String path, byte[] body, String contentType) {
        return http.send(method, path, caller.username, caller.password, body, contentType);
    }

    /** A request that must succeed with {@code status}: setting up, not probing. */
    JsonNode expect(int status, Caller caller, String method, String path, Object body) {
        Answer answer = call(caller, method, path, body);
        assertThat(answer.status()).as(method + " " + path + " as " + caller.label() + ": " + answer.body())
                .isEqualTo(status);
        return answer.body().isEmpty() ? null : answer.json();
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
                statementJson(unique("Bid PACS")).getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
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
