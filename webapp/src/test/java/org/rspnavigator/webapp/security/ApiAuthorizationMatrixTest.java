package org.rspnavigator.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.security.ProbeClient.API;
import static org.rspnavigator.webapp.security.ProbeClient.unique;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.rspnavigator.webapp.security.ProbeClient.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import tools.jackson.databind.JsonNode;

/**
 * Who may call what: every endpoint of the API and of the operations endpoints, called by each
 * {@link Caller} (nobody; a planner, a vendor and the administrator; a planner and a vendor of
 * other organizations) on real items of the planner's organization, with the status each must
 * get. The table is checked against the mappings the application really has, so an endpoint
 * cannot be added without deciding here who may call it; every mismatch is reported at once.
 *
 * <p>Writes that succeed act on items made for that one call, so the rows do not depend on
 * each other's order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAuthorizationMatrixTest {

    /** A request as sent; {@code body} is JSON (a String as is, or an object) unless a content type is given. */
    record Request(String method, String path, Object body, String contentType) {
    }

    /**
     * One row: a mapping as Spring names it ("GET /api/v1/shortlists/{id}", "ANY /api/**"), the
     * request each caller sends to it, and the status each caller must get, in {@link Caller} order.
     */
    record Probe(String mapping, Function<Caller, Request> request, int[] expected) {
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    ProbeClient client;

    // The hospital's items the rows ask for.
    long hospital;
    long shortlist;
    long project;
    long publishedProduct;
    long unpublishedProduct;
    long bidder;
    long scratchOrganization;

    @BeforeAll
    void items() {
        Caller.ensureAccounts(context);
        client = new ProbeClient(port);
        hospital = client.expect(200, Caller.PLANNER, "GET", API + "/me", null).get("organizationId").asLong();
        shortlist = client.newShortlist(Caller.PLANNER).get("id").asLong();

        JsonNode created = client.newProject(Caller.PLANNER);
        project = created.get("project").get("id").asLong();
        JsonNode saved = client.expect(200, Caller.PLANNER, "PUT", API + "/rfp/projects/" + project, Map.of("version",
                created.get("project").get("version").asLong(), "draft", created.get("draft")));
        assertThat(saved.get("project").get("revision").asInt()).isEqualTo(2);

        JsonNode published = client.newProduct(Caller.VENDOR).get("product");
        publishedProduct = published.get("id").asLong();
        client.expect(200, Caller.VENDOR, "PUT", API + "/products/" + publishedProduct + "?version="
                + published.get("version").asLong() + "&published=true", ProbeClient.statementJson("Published PACS"));
        unpublishedProduct = client.newProduct(Caller.VENDOR).get("product").get("id").asLong();

        bidder = client.newBidder(Caller.PLANNER, project).get("id").asLong();
        scratchOrganization = client.newOrganization().get("id").asLong();
    }

    private static Function<Caller, Request> get(String path) {
        return caller -> new Request("GET", path, null, null);
    }

    private static Function<Caller, Request> post(String path, Object body) {
        return caller -> new Request("POST", path, body, null);
    }

    private static Probe probe(String mapping, Function<Caller, Request> request, int... expected) {
        assertThat(expected).as(mapping).hasSize(Caller.values().length);
        return new Probe(mapping, request, expected);
    }

    /** The table. Each row's statuses are for: anonymous, planner, vendor, admin, other planner, other vendor. */
    private List<Probe> table() {
        String projects = API + "/rfp/projects";
        String products = API + "/products";
        String bidders = projects + "/" + project + "/bidders";
        String statement = ProbeClient.statementJson("Bid PACS");
        List<Probe> t = new ArrayList<>();

        // The catalog, search, the portfolio's and the use cases' files are open to everyone.
        t.add(probe("GET /api/v1/standards", get(API + "/standards?group=emerging"), 200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/standards/{id}", get(API + "/standards/loinc"), 200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/use-cases", get(API + "/use-cases"), 200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/use-cases/{id}", get(API + "/use-cases/device-to-department"),
                200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/profiles", get(API + "/profiles?domain=radiology"), 200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/profiles/{id}", get(API + "/profiles/nmi"), 200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/profiles/verification", get(API + "/profiles/verification"),
                200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/system-types", get(API + "/system-types"), 200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/system-types/{id}", get(API + "/system-types/pacs"), 200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/clinical-services", get(API + "/clinical-services"), 200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/clinical-services/{id}", get(API + "/clinical-services/cardiology"),
                200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/search", get(API + "/search?q=dose"), 200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/search/suggest", get(API + "/search/suggest?q=dic"), 200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/portfolio.csv", get(API + "/portfolio.csv?group=emerging"),
                200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/portfolio.pdf", get(API + "/portfolio.pdf?q=loinc"),
                200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/portfolio.xlsx", get(API + "/portfolio.xlsx?group=legacy&region=europe"),
                200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/use-cases/{id}/matrix.csv", get(API + "/use-cases/device-to-department/matrix.csv"),
                200, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/use-cases/{id}/matrix.xlsx",
                get(API + "/use-cases/department-to-enterprise/matrix.xlsx?system=pacs"), 200, 200, 200, 200, 200, 200));
        // A path no endpoint serves is a 404 problem for everyone, signed in or not.
        t.add(probe("ANY /api/**", get(API + "/no-such-endpoint"), 404, 404, 404, 404, 404, 404));

        // Who is signed in, and the organization's shortlists: any member; another organization's are not found.
        t.add(probe("GET /api/v1/me", get(API + "/me"), 401, 200, 200, 200, 200, 200));
        t.add(probe("PUT /api/v1/me/password", c -> new Request("PUT", API + "/me/password",
                Map.of("currentPassword", Caller.PASSWORD, "newPassword", "short"), null), 401, 400, 400, 400, 400, 400));
        t.add(probe("GET /api/v1/organization/export", get(API + "/organization/export"),
                401, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/shortlists", get(API + "/shortlists"), 401, 200, 200, 200, 200, 200));
        t.add(probe("POST /api/v1/shortlists", c -> new Request("POST", API + "/shortlists",
                ProbeClient.shortlist(unique("Matrix list")), null), 401, 201, 201, 201, 201, 201));
        t.add(probe("GET /api/v1/shortlists/{id}", get(API + "/shortlists/" + shortlist), 401, 200, 200, 404, 404, 404));
        t.add(probe("PUT /api/v1/shortlists/{id}", c -> {
            JsonNode fresh = client.newShortlist(Caller.PLANNER);
            return new Request("PUT", API + "/shortlists/" + fresh.get("id").asLong(), Map.of("name", unique("Renamed"),
                    "description", "", "filter", "", "standards", List.of(), "version", fresh.get("version").asLong()), null);
        }, 401, 200, 200, 404, 404, 404));
        t.add(probe("DELETE /api/v1/shortlists/{id}", c -> {
            JsonNode fresh = client.newShortlist(Caller.PLANNER);
            return new Request("DELETE", API + "/shortlists/" + fresh.get("id").asLong() + "?version="
                    + fresh.get("version").asLong(), null, null);
        }, 401, 204, 204, 404, 404, 404));

        // RFP projects: planners (and administrators) of the organization; vendors never.
        t.add(probe("POST /api/v1/rfp/proposals", post(API + "/rfp/proposals", ProbeClient.spec("Proposal")),
                401, 200, 403, 200, 200, 403));
        t.add(probe("POST /api/v1/rfp/documents/{file}", post(API + "/rfp/documents/response-matrix.json",
                Map.of("spec", ProbeClient.spec("Draft document"))), 401, 200, 403, 200, 200, 403));
        t.add(probe("POST /api/v1/rfp/documents/{file}", post(API + "/rfp/documents/rfp.docx",
                Map.of("spec", ProbeClient.spec("Draft document"))), 401, 200, 403, 200, 200, 403));
        t.add(probe("GET /api/v1/rfp/projects", get(projects), 401, 200, 403, 200, 200, 403));
        t.add(probe("POST /api/v1/rfp/projects", c -> new Request("POST", projects,
                Map.of("spec", ProbeClient.spec(unique("Matrix tender"))), null), 401, 201, 403, 201, 201, 403));
        t.add(probe("GET /api/v1/rfp/projects/{id}", get(projects + "/" + project), 401, 200, 403, 404, 404, 403));
        t.add(probe("PUT /api/v1/rfp/projects/{id}", c -> {
            JsonNode fresh = client.newProject(Caller.PLANNER).get("project");
            return new Request("PUT", projects + "/" + fresh.get("id").asLong(), Map.of("version",
                    fresh.get("version").asLong(), "spec", ProbeClient.spec("Wider tender")), null);
        }, 401, 200, 403, 404, 404, 403));
        t.add(probe("DELETE /api/v1/rfp/projects/{id}", c -> {
            JsonNode fresh = client.newProject(Caller.PLANNER).get("project");
            return new Request("DELETE", projects + "/" + fresh.get("id").asLong() + "?version="
                    + fresh.get("version").asLong(), null, null);
        }, 401, 204, 403, 404, 404, 403));
        t.add(probe("PATCH /api/v1/rfp/projects/{id}/requirements/{number}", c -> {
            JsonNode fresh = client.newProject(Caller.PLANNER).get("project");
            return new Request("PATCH", projects + "/" + fresh.get("id").asLong() + "/requirements/PACS-01",
                    Map.of("version", fresh.get("version").asLong(), "reason", "Decided by the board."), null);
        }, 401, 200, 403, 404, 404, 403));
        t.add(probe("DELETE /api/v1/rfp/projects/{id}/requirements/{number}", c -> {
            JsonNode fresh = client.newProject(Caller.PLANNER).get("project");
            return new Request("DELETE", projects + "/" + fresh.get("id").asLong() + "/requirements/PACS-01?version="
                    + fresh.get("version").asLong() + "&reason=Bought+separately.", null, null);
        }, 401, 200, 403, 404, 404, 403));
        // The organization's exceptions to the portfolio: each planner (or administrator) sees their own's.
        t.add(probe("GET /api/v1/rfp/exceptions", get(API + "/rfp/exceptions"), 401, 200, 403, 200, 200, 403));
        t.add(probe("GET /api/v1/rfp/exceptions.csv", get(API + "/rfp/exceptions.csv"), 401, 200, 403, 200, 200, 403));
        t.add(probe("POST /api/v1/rfp/projects/{id}/copies", post(projects + "/" + project + "/copies", null),
                401, 201, 403, 404, 404, 403));
        t.add(probe("GET /api/v1/rfp/projects/{id}/revisions", get(projects + "/" + project + "/revisions"),
                401, 200, 403, 404, 404, 403));
        t.add(probe("GET /api/v1/rfp/projects/{id}/revisions/{revision}", get(projects + "/" + project + "/revisions/1"),
                401, 200, 403, 404, 404, 403));
        for (String file : List.of("rfp.pdf", "rfp.docx", "checklist.pdf", "response-matrix.csv",
                "response-matrix.xlsx", "response-matrix.json")) {
            t.add(probe("GET /api/v1/rfp/projects/{id}/documents/{file}", get(projects + "/" + project + "/documents/"
                    + file + (file.endsWith(".json") ? "?revision=1" : "")), 401, 200, 403, 404, 404, 403));
        }
        t.add(probe("POST /api/v1/rfp/projects/{projectId}/responses/check", c -> new Request("POST", projects + "/"
                + project + "/responses/check", ("Number,Response\r\n").getBytes(StandardCharsets.UTF_8), "text/csv"),
                401, 200, 403, 404, 404, 403));
        // Bidders' returned matrices, the evaluation plan, scores and results: as the project.
        String responses = projects + "/" + project + "/responses";
        t.add(probe("GET /api/v1/rfp/projects/{projectId}/responses", get(responses), 401, 200, 403, 404, 404, 403));
        t.add(probe("POST /api/v1/rfp/projects/{projectId}/responses", c -> new Request("POST", responses
                + "?bidder=Epsilon", "Number,Response\r\nPACS-01,Comply\r\n".getBytes(StandardCharsets.UTF_8),
                "text/csv"), 401, 201, 403, 404, 404, 403));
        t.add(probe("GET /api/v1/rfp/projects/{projectId}/responses/{responseId}", c -> new Request("GET", responses
                + "/" + client.newResponse(Caller.PLANNER, project).get("id").asLong(), null, null),
                401, 200, 403, 404, 404, 403));
        t.add(probe("DELETE /api/v1/rfp/projects/{projectId}/responses/{responseId}", c -> new Request("DELETE",
                responses + "/" + client.newResponse(Caller.PLANNER, project).get("id").asLong(), null, null),
                401, 204, 403, 404, 404, 403));
        String evaluation = projects + "/" + project + "/evaluation";
        t.add(probe("GET /api/v1/rfp/projects/{projectId}/evaluation", get(evaluation), 401, 200, 403, 404, 404, 403));
        for (String file : List.of(".csv", ".xlsx", ".pdf")) {
            t.add(probe("GET /api/v1/rfp/projects/{projectId}/evaluation" + file, get(evaluation + file),
                    401, 200, 403, 404, 404, 403));
        }
        t.add(probe("GET /api/v1/rfp/projects/{projectId}/evaluation/plan", get(evaluation + "/plan"),
                401, 200, 403, 404, 404, 403));
        t.add(probe("PUT /api/v1/rfp/projects/{projectId}/evaluation/plan", c -> new Request("PUT", evaluation
                + "/plan?version=" + client.expect(200, Caller.PLANNER, "GET", evaluation + "/plan", null).get("version")
                        .asLong(), Map.of("categoryWeights", Map.of("data", 2)), null), 401, 200, 403, 404, 404, 403));
        t.add(probe("GET /api/v1/rfp/projects/{projectId}/evaluation/scores", get(evaluation + "/scores"),
                401, 200, 403, 404, 404, 403));
        t.add(probe("DELETE /api/v1/rfp/projects/{projectId}/evaluation/scores", c -> {
            client.expect(200, Caller.PLANNER, "PUT", evaluation + "/scores", Map.of("bidder", "Alpha", "number",
                    "PACS-01", "score", 2));
            return new Request("DELETE", evaluation + "/scores?bidder=Alpha&number=PACS-01", null, null);
        }, 401, 204, 403, 404, 404, 403));
        t.add(probe("PUT /api/v1/rfp/projects/{projectId}/evaluation/scores", c -> new Request("PUT", evaluation
                + "/scores", Map.of("bidder", "Alpha", "number", "PACS-01", "score", 3), null), 401, 200, 403, 404, 404,
                403));
        // Every document at once, as each alone.
        t.add(probe("GET /api/v1/rfp/projects/{id}/documents.zip", get(projects + "/" + project + "/documents.zip"),
                401, 200, 403, 404, 404, 403));

        // Bidders' statements in an RFP project: as the project.
        t.add(probe("GET /api/v1/rfp/projects/{projectId}/bidders", get(bidders), 401, 200, 403, 404, 404, 403));
        t.add(probe("POST /api/v1/rfp/projects/{projectId}/bidders", c -> new Request("POST", bidders + "?bidder=Beta",
                statement.getBytes(StandardCharsets.UTF_8), "application/json"), 401, 201, 403, 404, 404, 403));
        // A published product may be taken as a bid by any planner; an unpublished one only by its own organization.
        t.add(probe("POST /api/v1/rfp/projects/{projectId}/bidders/products/{productId}",
                post(bidders + "/products/" + publishedProduct + "?bidder=Gamma", null), 401, 201, 403, 404, 404, 403));
        t.add(probe("POST /api/v1/rfp/projects/{projectId}/bidders/products/{productId}",
                post(bidders + "/products/" + unpublishedProduct + "?bidder=Delta", null), 401, 201, 403, 404, 404, 404));
        t.add(probe("DELETE /api/v1/rfp/projects/{projectId}/bidders/{statementId}", c -> new Request("DELETE",
                bidders + "/" + client.newBidder(Caller.PLANNER, project).get("id").asLong(), null, null),
                401, 204, 403, 404, 404, 403));
        t.add(probe("GET /api/v1/rfp/projects/{projectId}/bidders/{statementId}/gaps.pdf",
                get(bidders + "/" + bidder + "/gaps.pdf"), 401, 200, 403, 404, 404, 403));
        t.add(probe("GET /api/v1/rfp/projects/{projectId}/bidders/matrix", get(bidders + "/matrix"),
                401, 200, 403, 404, 404, 403));
        t.add(probe("GET /api/v1/rfp/projects/{projectId}/bidders/matrix.csv", get(bidders + "/matrix.csv"),
                401, 200, 403, 404, 404, 403));
        t.add(probe("GET /api/v1/rfp/projects/{projectId}/bidders/matrix.pdf", get(bidders + "/matrix.pdf"),
                401, 200, 403, 404, 404, 403));

        // Products: vendors (and administrators) write their own organization's; every member reads
        // published ones and their own organization's; another organization's unpublished product is not found.
        String statementFile = "GET /api/v1/products/{id}/{file:statement\\.(?:json|pdf|csv)}";
        t.add(probe("GET /api/v1/products", get(products), 401, 200, 200, 200, 200, 200));
        t.add(probe("POST /api/v1/products", c -> new Request("POST", products,
                ProbeClient.statementJson(unique("Matrix PACS")), null), 401, 403, 201, 201, 403, 201));
        t.add(probe("GET /api/v1/products/{id}", get(products + "/" + publishedProduct), 401, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/products/{id}", get(products + "/" + unpublishedProduct), 401, 200, 200, 404, 404, 404));
        t.add(probe("PUT /api/v1/products/{id}", c -> {
            JsonNode fresh = client.newProduct(Caller.VENDOR).get("product");
            return new Request("PUT", products + "/" + fresh.get("id").asLong() + "?version="
                    + fresh.get("version").asLong() + "&published=true", ProbeClient.statementJson("Taken PACS"), null);
        }, 401, 403, 200, 404, 403, 404));
        t.add(probe("PUT /api/v1/products/{id}/claims", c -> {
            JsonNode fresh = client.newProduct(Caller.VENDOR).get("product");
            return new Request("PUT", products + "/" + fresh.get("id").asLong() + "/claims?version="
                    + fresh.get("version").asLong(), "profile,actor,options\r\nswf-b,Image Manager/Image Archive,\r\n"
                            .getBytes(StandardCharsets.UTF_8), "text/csv");
        }, 401, 403, 200, 404, 403, 404));
        t.add(probe("PUT /api/v1/products/{id}/conformance", c -> {
            JsonNode fresh = client.newProduct(Caller.VENDOR).get("product");
            return new Request("PUT", products + "/" + fresh.get("id").asLong() + "/conformance?version="
                    + fresh.get("version").asLong(), ("part,item,roles,version,transferSyntaxes\r\n"
                            + "dicom,1.2.840.10008.5.1.4.1.1.2,SCP,,\r\n").getBytes(StandardCharsets.UTF_8), "text/csv");
        }, 401, 403, 200, 404, 403, 404));
        t.add(probe("GET /api/v1/products/{id}/conformance.csv", get(products + "/" + publishedProduct
                + "/conformance.csv"), 401, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/products/{id}/conformance.csv", get(products + "/" + unpublishedProduct
                + "/conformance.csv"), 401, 200, 200, 404, 404, 404));
        t.add(probe("DELETE /api/v1/products/{id}", c -> {
            JsonNode fresh = client.newProduct(Caller.VENDOR).get("product");
            return new Request("DELETE", products + "/" + fresh.get("id").asLong() + "?version="
                    + fresh.get("version").asLong(), null, null);
        }, 401, 403, 204, 404, 403, 404));
        for (String file : List.of("statement.json", "statement.pdf", "statement.csv")) {
            t.add(probe(statementFile, get(products + "/" + publishedProduct + "/" + file), 401, 200, 200, 200, 200, 200));
        }
        t.add(probe(statementFile, get(products + "/" + unpublishedProduct + "/statement.csv"),
                401, 200, 200, 404, 404, 404));
        String scope = "?useCase=device-to-department&systemType=pacs&region=europe";
        t.add(probe("GET /api/v1/products/{id}/gaps", get(products + "/" + publishedProduct + "/gaps" + scope),
                401, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/products/{id}/gaps", get(products + "/" + unpublishedProduct + "/gaps" + scope),
                401, 200, 200, 404, 404, 404));
        // Against an RFP project: only the project's planners.
        t.add(probe("GET /api/v1/products/{id}/gaps", get(products + "/" + publishedProduct + "/gaps?project=" + project),
                401, 200, 403, 404, 404, 403));
        t.add(probe("GET /api/v1/products/{id}/gaps.pdf", get(products + "/" + publishedProduct + "/gaps.pdf" + scope),
                401, 200, 200, 200, 200, 200));
        t.add(probe("GET /api/v1/products/{id}/gaps.pdf", get(products + "/" + unpublishedProduct + "/gaps.pdf?project="
                + project), 401, 200, 403, 404, 404, 404));

        // Administration: the administrator alone.
        t.add(probe("GET /api/v1/admin/organizations", get(API + "/admin/organizations"), 401, 403, 403, 200, 403, 403));
        t.add(probe("POST /api/v1/admin/organizations", c -> new Request("POST", API + "/admin/organizations",
                Map.of("name", unique("Matrix clinic")), null), 401, 403, 403, 201, 403, 403));
        t.add(probe("DELETE /api/v1/admin/organizations/{id}", c -> {
            JsonNode fresh = client.newOrganization();
            return new Request("DELETE", API + "/admin/organizations/" + fresh.get("id").asLong() + "?version="
                    + fresh.get("version").asLong(), null, null);
        }, 401, 403, 403, 204, 403, 403));
        t.add(probe("GET /api/v1/admin/organizations/{id}/export", get(API + "/admin/organizations/" + hospital + "/export"),
                401, 403, 403, 200, 403, 403));
        t.add(probe("POST /api/v1/admin/organizations/{id}/import", c -> new Request("POST", API
                + "/admin/organizations/" + client.newOrganization().get("id").asLong() + "/import", Map.of(
                        "format", "rsp-navigator-organization", "formatVersion", 1, "catalogEdition", "2026.1",
                        "organization", Map.of("name", "Imported"), "members", List.of(),
                        "shortlists", List.of(Map.of("name", "Imported list", "description", "", "filter", "",
                                "standards", List.of("loinc"), "createdBy", "someone",
                                "createdAt", "2026-01-01T00:00:00Z", "updatedBy", "someone",
                                "updatedAt", "2026-01-01T00:00:00Z"))), null),
                401, 403, 403, 200, 403, 403));
        t.add(probe("GET /api/v1/admin/users", get(API + "/admin/users"), 401, 403, 403, 200, 403, 403));
        t.add(probe("POST /api/v1/admin/users", c -> new Request("POST", API + "/admin/users", Map.of("username",
                "matrix-" + java.util.UUID.randomUUID().toString().substring(0, 8), "displayName", "Matrix User",
                "role", "VENDOR", "organizationId", scratchOrganization, "password", "Matrix-password-1"), null),
                401, 403, 403, 201, 403, 403));
        t.add(probe("PUT /api/v1/admin/users/{id}", c -> {
            JsonNode fresh = client.newUser(scratchOrganization);
            return new Request("PUT", API + "/admin/users/" + fresh.get("id").asLong(), Map.of("version",
                    fresh.get("version").asLong(), "role", "VENDOR", "organizationId", scratchOrganization,
                    "enabled", true, "unlock", false), null);
        }, 401, 403, 403, 200, 403, 403));
        t.add(probe("GET /api/v1/admin/audit", get(API + "/admin/audit?limit=5"), 401, 403, 403, 200, 403, 403));

        // Operations: health and its probes for everyone, the rest for the administrator.
        t.add(probe("GET /actuator/health", get("/actuator/health"), 200, 200, 200, 200, 200, 200));
        t.add(probe("GET /actuator/health/**", get("/actuator/health/liveness"), 200, 200, 200, 200, 200, 200));
        t.add(probe("GET /actuator/health/**", get("/actuator/health/readiness"), 200, 200, 200, 200, 200, 200));
        t.add(probe("GET /actuator", get("/actuator"), 401, 403, 403, 200, 403, 403));
        t.add(probe("GET /actuator/prometheus", get("/actuator/prometheus"), 401, 403, 403, 200, 403, 403));
        t.add(probe("GET /actuator/metrics", get("/actuator/metrics"), 401, 403, 403, 200, 403, 403));
        t.add(probe("GET /actuator/metrics/{requiredMetricName}", get("/actuator/metrics/jvm.memory.used"),
                401, 403, 403, 200, 403, 403));
        // An endpoint that is not exposed is not found, after signing in as the administrator.
        t.add(probe("ANY /actuator/**", get("/actuator/env"), 401, 403, 403, 404, 403, 403));
        return t;
    }

    /** Every mapping under /api/ and /actuator the application serves, as "METHOD pattern" ("ANY" for all methods). */
    private Set<String> applicationMappings() {
        Set<String> mappings = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(handlerMapping -> {
            for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (!pattern.startsWith("/api/") && !pattern.equals("/actuator") && !pattern.startsWith("/actuator/")) {
                        continue;
                    }
                    if (methods.isEmpty()) {
                        mappings.add("ANY " + pattern);
                    }
                    methods.forEach(m -> mappings.add(m.name() + " " + pattern));
                }
            }
        });
        return mappings;
    }

    @Test
    void everyEndpointIsInTheTableAndEveryRowIsAnEndpoint() {
        Set<String> real = applicationMappings();
        assertThat(real).as("the application's mappings, read from Spring").contains("GET /api/v1/me",
                "GET /actuator/prometheus");
        Set<String> inTable = new TreeSet<>();
        table().forEach(p -> inTable.add(p.mapping()));
        Set<String> missing = new TreeSet<>(real);
        missing.removeAll(inTable);
        Set<String> stale = new TreeSet<>(inTable);
        stale.removeAll(real);
        assertThat(missing).as("endpoints nobody decided who may call: add a row for each to the table").isEmpty();
        assertThat(stale).as("rows for endpoints the application does not have").isEmpty();
    }

    @Test
    void everyCallerGetsTheStatusTheTableSays() {
        List<String> wrong = new ArrayList<>();
        int checks = 0;
        for (Probe probe : table()) {
            for (Caller caller : Caller.values()) {
                Request request = probe.request().apply(caller);
                String method = probe.mapping().substring(0, probe.mapping().indexOf(' '));
                assertThat(method.equals("ANY") || method.equals(request.method())).as(probe.mapping()).isTrue();
                Answer answer = request.contentType() == null
                        ? client.call(caller, request.method(), request.path(), request.body())
                        : client.call(caller, request.method(), request.path(), (byte[]) request.body(),
                                request.contentType());
                int expected = probe.expected()[caller.ordinal()];
                String where = request.method() + " " + request.path() + " as " + caller.label();
                if (answer.status() != expected) {
                    wrong.add(where + ": got " + answer.status() + ", expected " + expected
                            + (answer.status() >= 400 ? " (" + answer.text() + ")" : ""));
                } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
                    wrong.add(where + ": " + answer.status() + " is not a problem document but " + answer.contentType());
                }
                checks++;
            }
        }
        assertThat(wrong).as(wrong.size() + " of " + checks + " checks failed").isEmpty();
        assertThat(checks).isGreaterThanOrEqualTo(60 * Caller.values().length);
    }
}
