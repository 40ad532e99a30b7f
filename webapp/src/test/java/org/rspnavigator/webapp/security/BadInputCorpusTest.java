package org.rspnavigator.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.security.ProbeClient.API;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed input to every endpoint that takes a body or parameters: broken JSON, JSON of the
 * wrong shape and types, fractions for whole numbers, missing fields, ids nothing has, bodies too
 * large or without a length, bytes that are not UTF-8, the wrong media type, the wrong method, and
 * limits and versions out of range. Each is refused with a 4xx problem document saying what is
 * wrong, never a 500, and none of them writes anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

    /**
     * One malformed request and the status it must get. {@code body} is sent as it is (bytes, not
     * re-encoded), chunked without a Content-Length if {@code chunked}.
     */
    record Bad(String what, Caller caller, String method, String path, byte[] body, String contentType, boolean chunked,
            int expected) {
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    ProbeClient client;

    // Items of the hospital the malformed requests aim at.
    long shortlist;
    long shortlistVersion;
    long project;
    long projectVersion;
    long product;
    long productVersion;
    long bidder;
    long organization;
    long organizationVersion;
    long user;
    long userVersion;
    JsonNode draft;

    @BeforeAll
    void items() {
        Caller.ensureAccounts(context);
        client = new ProbeClient(port);
        JsonNode s = client.newShortlist(Caller.PLANNER);
        shortlist = s.get("id").asLong();
        shortlistVersion = s.get("version").asLong();
        JsonNode p = client.newProject(Caller.PLANNER);
        project = p.get("project").get("id").asLong();
        projectVersion = p.get("project").get("version").asLong();
        draft = p.get("draft");
        JsonNode pr = client.newProduct(Caller.VENDOR).get("product");
        product = pr.get("id").asLong();
        productVersion = pr.get("version").asLong();
        bidder = client.newBidder(Caller.PLANNER, project).get("id").asLong();
        JsonNode o = client.newOrganization();
        organization = o.get("id").asLong();
        organizationVersion = o.get("version").asLong();
        JsonNode u = client.newUser(organization);
        user = u.get("id").asLong();
        userVersion = u.get("version").asLong();
    }

    // The corpus -------------------------------------------------------------------------------------

    private final List<Bad> corpus = new ArrayList<>();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void bad(String what, Caller caller, String method, String path, String json, int expected) {
        corpus.add(new Bad(what, caller, method, path, json == null ? null : utf8(json), "application/json", false,
                expected));
    }

    private void bad(String what, Caller caller, String method, String path, byte[] body, String type, int expected) {
        corpus.add(new Bad(what, caller, method, path, body, type, false, expected));
    }

    private void chunked(String what, Caller caller, String method, String path, byte[] body, int expected) {
        corpus.add(new Bad(what, caller, method, path, body, "application/json", true, expected));
    }

    private void get(String what, Caller caller, String path, int expected) {
        corpus.add(new Bad(what, caller, "GET", path, null, null, false, expected));
    }

    /** A JSON document of {@code key: value} pairs, values written as JSON; {@link RawJson} goes in as it is. */
    private static String json(Object... keysAndValues) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            out.append(i == 0 ? "" : ", ").append('"').append(keysAndValues[i]).append("\": ")
                    .append(value instanceof RawJson raw ? raw.text() : ProbeClient.JSON.writeValueAsString(value));
        }
        return out.append('}').toString();
    }

    /** JSON text placed in a document as it is. */
    record RawJson(String text) {
    }

    private static RawJson raw(String text) {
        return new RawJson(text);
    }

    /** The valid body of each endpoint that takes JSON, to be broken in every generic way. */
    private Map<String, Object[]> jsonEndpoints() {
        String spec = ProbeClient.JSON.writeValueAsString(ProbeClient.spec("Bad input"));
        Map<String, Object[]> endpoints = new LinkedHashMap<>();
        endpoints.put("POST " + API + "/shortlists", new Object[] {Caller.PLANNER,
            json("name", "Bad input", "description", "", "filter", "", "standards", List.of())});
        endpoints.put("PUT " + API + "/shortlists/" + shortlist, new Object[] {Caller.PLANNER,
            json("name", "Bad input", "description", "", "filter", "", "standards", List.of(), "version", shortlistVersion)});
        endpoints.put("POST " + API + "/rfp/proposals", new Object[] {Caller.PLANNER, spec});
        endpoints.put("POST " + API + "/rfp/projects", new Object[] {Caller.PLANNER, json("spec", raw(spec))});
        endpoints.put("PUT " + API + "/rfp/projects/" + project, new Object[] {Caller.PLANNER,
            json("version", projectVersion, "spec", raw(spec))});
        endpoints.put("POST " + API + "/rfp/documents/response-matrix.json", new Object[] {Caller.PLANNER,
            json("spec", raw(spec))});
        endpoints.put("POST " + API + "/products", new Object[] {Caller.VENDOR, ProbeClient.statementJson("Bad PACS")});
        endpoints.put("PUT " + API + "/products/" + product + "?version=" + productVersion, new Object[] {Caller.VENDOR,
            ProbeClient.statementJson("Bad PACS")});
        endpoints.put("POST " + API + "/rfp/projects/" + project + "/bidders?bidder=Omega", new Object[] {Caller.PLANNER,
            ProbeClient.statementJson("Bad PACS")});
        endpoints.put("POST " + API + "/admin/organizations", new Object[] {Caller.ADMIN, json("name", "Bad clinic")});
        endpoints.put("POST " + API + "/admin/organizations/" + organization + "/import", new Object[] {Caller.ADMIN,
            json("format", "rsp-navigator-organization", "formatVersion", 1, "catalogEdition", "2026.1",
                    "organization", Map.of("name", "Imported"), "members", List.of(), "shortlists", List.of())});
        endpoints.put("POST " + API + "/admin/users", new Object[] {Caller.ADMIN, json("username", "bad-input-user",
            "displayName", "Bad Input", "role", "PLANNER", "organizationId", organization, "password", "Bad-input-pass-1")});
        endpoints.put("PUT " + API + "/admin/users/" + user, new Object[] {Caller.ADMIN, json("version", userVersion,
            "role", "VENDOR", "organizationId", organization, "enabled", true, "unlock", false)});
        return endpoints;
    }

    private void genericCorpus() {
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        jsonEndpoints().forEach((endpoint, valid) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            Caller caller = (Caller) valid[0];
            String body = (String) valid[1];
            bad("cut short", caller, method, path, body.substring(0, body.length() / 2), 400);
            bad("not JSON", caller, method, path, "name=Bad&standards=loinc", 400);
            bad("an array for the object", caller, method, path, "[" + body + "]", 400);
            bad("a string for the object", caller, method, path, "\"" + body.replace("\"", "'") + "\"", 400);
            bad("a number for the object", caller, method, path, "42", 400);
            bad("JSON null", caller, method, path, "null", 400);
            bad("an empty body", caller, method, path, "", 400);
            bad("two documents", caller, method, path, body + body, 400);
            bad("a comment", caller, method, path, "/* hi */ " + body, 400);
            bad("bytes that are not UTF-8", caller, method, path, invalidUtf8(body), "application/json", 400);
            bad("nesting 100,000 deep", caller, method, path, "[".repeat(100_000) + "]".repeat(100_000), 400);
            bad("over 5 MB", caller, method, path, huge, "application/json", 413);
            chunked("no Content-Length", caller, method, path, utf8(body), 413);
            chunked("over 5 MB and no Content-Length", caller, method, path, huge, 413);
            bad("text/plain", caller, method, path, utf8(body), "text/plain", 415);
            bad("a form", caller, method, path, utf8("name=Bad"), "application/x-www-form-urlencoded", 415);
            bad("XML", caller, method, path, utf8("<shortlist><name>Bad</name></shortlist>"), "application/xml", 415);
            bad("no Content-Type", caller, method, path, utf8(body), null, 415);
            bad("PATCH", caller, "PATCH", path, body, 405);
        });
    }

    /**
     * The JSON with a field added in front whose text holds bytes no UTF-8 text has: 0xFF, a lone
     * continuation byte, an overlong '/'. The field is one the endpoint does not know, so that only
     * the bytes are wrong.
     */
    private static byte[] invalidUtf8(String json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{\"note\": \"a"));
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0x80, (byte) 0xC0, (byte) 0xAF});
        out.writeBytes(utf8("\", " + json.substring(1)));
        return out.toByteArray();
    }

    /** {@code json} with bytes no UTF-8 text has in the middle of {@code text}. */
    private static byte[] notUtf8(String json, String text) {
        int at = json.indexOf(text) + text.length() / 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(json.substring(0, at)));
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0x80, (byte) 0xC0, (byte) 0xAF});
        out.writeBytes(utf8(json.substring(at)));
        return out.toByteArray();
    }

    private void specificCorpus() {
        String spec = ProbeClient.JSON.writeValueAsString(ProbeClient.spec("Bad input"));
        String shortlists = API + "/shortlists";
        String item = shortlists + "/" + shortlist;
        String projects = API + "/rfp/projects";
        String projectPath = projects + "/" + project;
        String products = API + "/products";
        String productPath = products + "/" + product;
        String bidders = projectPath + "/bidders";

        // Shortlists: wrong types, missing fields, unknown standards, versions out of range.
        Caller p = Caller.PLANNER;
        bad("no name", p, "POST", shortlists, "{}", 400);
        bad("a number for the name", p, "POST", shortlists, json("name", List.of(1, 2)), 400);
        bad("a string for the standards", p, "POST", shortlists, json("name", "x", "standards", "loinc"), 400);
        bad("an object for the standards", p, "POST", shortlists, json("name", "x", "standards", Map.of("a", 1)), 400);
        bad("a null standard", p, "POST", shortlists, json("name", "x", "standards", raw("[null]")), 400);
        bad("an unknown standard", p, "POST", shortlists, json("name", "x", "standards", List.of("no-such-standard")), 400);
        bad("a bad filter", p, "POST", shortlists, json("name", "x", "filter", "group=favourite"), 400);
        bad("a name over 200 characters", p, "POST", shortlists, json("name", "x".repeat(201)), 400);
        bad("notes over 20,000 characters", p, "POST", shortlists, json("name", "x", "description", "x".repeat(20_001)), 400);
        bad("no version", p, "PUT", item, json("name", "x"), 400);
        bad("a fractional version", p, "PUT", item, json("name", "x", "version", raw("1.5")), 400);
        bad("a string for the version", p, "PUT", item, json("name", "x", "version", "one"), 400);
        bad("a version over a long", p, "PUT", item, json("name", "x", "version", raw("99999999999999999999")), 400);
        bad("a negative version", p, "PUT", item, json("name", "x", "version", -1), 409);
        bad("an unknown shortlist", p, "PUT", shortlists + "/999999", json("name", "x", "version", 0), 404);
        bad("DELETE without a version", p, "DELETE", item, (String) null, 400);
        bad("DELETE with a version that is not a number", p, "DELETE", item + "?version=abc", (String) null, 400);
        bad("DELETE with a fractional version", p, "DELETE", item + "?version=1.5", (String) null, 400);
        bad("DELETE with a negative version", p, "DELETE", item + "?version=-1", (String) null, 409);
        bad("DELETE with a version over a long", p, "DELETE", item + "?version=99999999999999999999", (String) null, 400);
        get("an id that is not a number", p, shortlists + "/abc", 400);
        get("an id over a long", p, shortlists + "/99999999999999999999", 400);
        get("a fractional id", p, shortlists + "/1.5", 400);
        get("a negative id", p, shortlists + "/-1", 404);

        // RFP specs and drafts: unknown ids of the catalog, wrong types, fractions, missing parts.
        String proposals = API + "/rfp/proposals";
        bad("no use case", p, "POST", proposals, json("projectName", "x", "useCases", List.of(),
                "systems", List.of(Map.of("systemType", "pacs"))), 400);
        bad("an unknown use case", p, "POST", proposals, json("projectName", "x", "useCases", List.of("no-such-use-case"),
                "systems", List.of(Map.of("systemType", "pacs"))), 400);
        bad("an unknown system type", p, "POST", proposals, json("projectName", "x",
                "useCases", List.of("device-to-department"), "systems", List.of(Map.of("systemType", "no-such-type"))), 400);
        bad("an unknown region", p, "POST", proposals, json("projectName", "x", "region", "mars",
                "useCases", List.of("device-to-department"), "systems", List.of(Map.of("systemType", "pacs"))), 400);
        bad("a fractional quantity", p, "POST", proposals, json("projectName", "x",
                "useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs", "quantity", 1.5))), 400);
        bad("a quantity over an int", p, "POST", proposals, json("projectName", "x",
                "useCases", List.of("device-to-department"),
                "systems", raw("[{\"systemType\": \"pacs\", \"quantity\": 99999999999}]")), 400);
        bad("a zero quantity", p, "POST", proposals, json("projectName", "x", "useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs", "quantity", 0))), 400);
        bad("a huge quantity", p, "POST", proposals, json("projectName", "x", "useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs", "quantity", Integer.MAX_VALUE))), 400);
        bad("a string for the systems", p, "POST", proposals, json("projectName", "x", "systems", "pacs"), 400);
        bad("a null system", p, "POST", proposals, json("projectName", "x", "useCases", List.of("device-to-department"),
                "systems", raw("[null]")), 400);
        bad("a null use case", p, "POST", proposals, json("projectName", "x", "useCases", raw("[null]"),
                "systems", List.of(Map.of("systemType", "pacs"))), 400);
        bad("a system listed twice", p, "POST", proposals, json("projectName", "x",
                "useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs"), Map.of("systemType", "pacs"))), 400);
        bad("neither spec nor draft", p, "POST", projects, "{}", 400);
        bad("a spec without a name", p, "POST", projects, json("spec", Map.of("useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs")))), 400);
        for (var broken : brokenDrafts().entrySet()) {
            bad("a draft with " + broken.getKey(), p, "POST", projects, json("draft", raw(broken.getValue())), 400);
            bad("a saved draft with " + broken.getKey(), p, "PUT", projectPath, json("version", projectVersion,
                    "draft", raw(broken.getValue())), 400);
            bad("a document of a draft with " + broken.getKey(), p, "POST", API + "/rfp/documents/rfp.pdf",
                    broken.getValue(), 400);
        }
        String longClause = "{\"title\": \"Long\", \"markdown\": \"" + "word ".repeat(9_999) + "\"}";
        bad("a draft of more text than a project holds", p, "POST", projects, json("draft", raw("{\"spec\": " + spec
                + ", \"requirements\": [], \"clauses\": [" + String.join(", ", Collections.nCopies(21,
                        longClause)) + "]}")), 400);
        bad("a save without a version", p, "PUT", projectPath, json("spec", raw(spec)), 400);
        bad("a save with a fractional version", p, "PUT", projectPath, json("version", raw("2.5"), "spec", raw(spec)), 400);
        bad("a save with a negative version", p, "PUT", projectPath, json("version", -1, "spec", raw(spec)), 409);
        bad("a save of an unknown project", p, "PUT", projects + "/999999", json("version", 0, "spec", raw(spec)), 404);
        bad("a copy of an unknown project", p, "POST", projects + "/999999/copies", (String) null, 404);
        bad("DELETE a project without a version", p, "DELETE", projectPath, (String) null, 400);
        bad("DELETE a project with a version over a long", p, "DELETE", projectPath + "?version=1e99", (String) null, 400);
        get("revision 0", p, projectPath + "/revisions/0", 404);
        get("revision -1", p, projectPath + "/revisions/-1", 404);
        get("a revision nobody saved", p, projectPath + "/revisions/999", 404);
        get("a revision over an int", p, projectPath + "/revisions/99999999999", 400);
        get("a revision that is not a number", p, projectPath + "/revisions/first", 400);
        get("the revisions of an unknown project", p, projects + "/999999/revisions", 404);
        get("an unknown document", p, projectPath + "/documents/rfp.exe", 404);
        get("a document of revision 0", p, projectPath + "/documents/rfp.pdf?revision=0", 404);
        get("a document of a revision nobody saved", p, projectPath + "/documents/response-matrix.csv?revision=999", 404);
        get("a document of a revision that is not a number", p, projectPath + "/documents/rfp.pdf?revision=x", 400);
        bad("a draft document of an unknown kind", p, "POST", API + "/rfp/documents/rfp.exe", json("spec", raw(spec)), 404);

        // Products and statements: unknown profiles and actors, broken CSV rows, versions and flags.
        Caller v = Caller.VENDOR;
        String statement = ProbeClient.statementJson("Bad PACS");
        bad("an unknown profile", v, "POST", products, statement.replace("swf-b", "no-such-profile"), 400);
        bad("an unknown actor", v, "POST", products, statement.replace("Image Manager/Image Archive", "Teleporter"), 400);
        bad("a statement of another format", v, "POST", products, statement.replace("ihe-integration-statement",
                "something-else"), 400);
        bad("a null profile", v, "POST", products, json("format", "rsp-navigator/ihe-integration-statement",
                "formatVersion", 1, "vendor", "V", "productName", "P", "version", "1", "date", "2026-11-01",
                "profiles", raw("[null]")), 400);
        bad("a date that is no date", v, "POST", products, statement.replace("2026-11-01", "2026-13-45"), 400);
        // A statement knows its fields, so these bytes go where a field's text is.
        byte[] notUtf8 = notUtf8(statement, "Bad PACS");
        bad("a product name that is not UTF-8", v, "POST", products, notUtf8, "application/json", 400);
        bad("a saved product name that is not UTF-8", v, "PUT", productPath + "?version=" + productVersion, notUtf8,
                "application/json", 400);
        bad("a bidder's product name that is not UTF-8", p, "POST", bidders + "?bidder=Z", notUtf8, "application/json",
                400);
        bad("a PDF that is no PDF", v, "POST", products, utf8("%PDF-1.7\nnot really"), "application/pdf", 400);
        bad("an empty PDF", v, "POST", products, new byte[0], "application/pdf", 400);
        bad("a save without a version", v, "PUT", productPath, statement, 400);
        bad("a save with a version that is not a number", v, "PUT", productPath + "?version=x", statement, 400);
        bad("a save with a fractional version", v, "PUT", productPath + "?version=0.5", statement, 400);
        bad("a save with a negative version", v, "PUT", productPath + "?version=-1", statement, 409);
        bad("a save published 'maybe'", v, "PUT", productPath + "?version=" + productVersion + "&published=maybe",
                statement, 400);
        bad("a save of an unknown product", v, "PUT", products + "/999999?version=0", statement, 404);
        String claims = productPath + "/claims?version=" + productVersion;
        bad("claims without a header", v, "PUT", claims, utf8("swf-b,Image Manager/Image Archive,\r\n"), "text/csv", 400);
        bad("claims of an unknown profile", v, "PUT", claims, utf8("profile,actor,options\r\nno-such,Actor,\r\n"),
                "text/csv", 400);
        bad("claims with an unknown option", v, "PUT", claims,
                utf8("profile,actor,options\r\nswf-b,Image Manager/Image Archive,Teleportation\r\n"), "text/csv", 400);
        bad("claims with a quote left open", v, "PUT", claims,
                utf8("profile,actor,options\r\n\"swf-b,Image Manager/Image Archive,\r\n"), "text/csv", 400);
        bad("claims that are not UTF-8", v, "PUT", claims, new byte[] {'p', (byte) 0xFF, (byte) 0xFE, '\r', '\n'},
                "text/csv", 400);
        bad("claims as JSON", v, "PUT", claims, utf8("{}"), "application/json", 415);
        bad("claims without a version", v, "PUT", productPath + "/claims", utf8("profile,actor,options\r\n"),
                "text/csv", 400);
        bad("DELETE a product without a version", v, "DELETE", productPath, (String) null, 400);
        get("a statement file of another kind", v, productPath + "/statement.exe", 404);
        get("gaps without a scope", v, productPath + "/gaps", 400);
        get("gaps of an unknown use case", v, productPath + "/gaps?useCase=nope&systemType=pacs", 400);
        get("gaps of an unknown system type", v, productPath + "/gaps?useCase=device-to-department&systemType=nope", 400);
        get("gaps in an unknown region", v, productPath + "/gaps?useCase=device-to-department&systemType=pacs&region=mars",
                400);
        get("gaps of a project that is not a number", p, productPath + "/gaps?project=abc", 400);
        get("gaps of an unknown project", p, productPath + "/gaps?project=999999", 404);
        get("the gap PDF of an unknown project", p, productPath + "/gaps.pdf?project=999999", 404);
        get("gaps of an unknown product", p, products + "/999999/gaps?useCase=device-to-department&systemType=pacs", 404);

        // Bidders: names, unknown projects, products and statements.
        String bid = statement;
        bad("a bidder without a name", p, "POST", bidders, bid, 400);
        bad("a bidder with an empty name", p, "POST", bidders + "?bidder=", bid, 400);
        bad("a bidder with a blank name", p, "POST", bidders + "?bidder=%20%09", bid, 400);
        bad("a bidder name over 200 characters", p, "POST", bidders + "?bidder=" + "x".repeat(201), bid, 400);
        bad("a bidder's statement of an unknown profile", p, "POST", bidders + "?bidder=Z",
                bid.replace("swf-b", "no-such-profile"), 400);
        bad("a bidder in an unknown project", p, "POST", projects + "/999999/bidders?bidder=Z", bid, 404);
        ObjectNode big = (ObjectNode) ProbeClient.JSON.readTree(statement);
        JsonNode claim = big.get("profiles").get(0);
        ArrayNode manyClaims = big.putArray("profiles");
        for (int i = 0; i < 15_000; i++) {
            manyClaims.add(claim.deepCopy());
        }
        String bigStatement = big.toString();
        bad("a bidder's statement of 15,000 claims", p, "POST", bidders + "?bidder=Z", bigStatement, 400);
        bad("a product's statement of 15,000 claims", v, "POST", products, bigStatement, 400);
        bad("a bidder's unknown product", p, "POST", bidders + "/products/999999?bidder=Z", (String) null, 404);
        bad("a bidder's product without a name", p, "POST", bidders + "/products/" + product, (String) null, 400);
        bad("removing an unknown bidder", p, "DELETE", bidders + "/999999", (String) null, 404);
        get("the gaps of an unknown bidder", p, bidders + "/999999/gaps.pdf", 404);
        get("the matrix of an unknown project", p, projects + "/999999/bidders/matrix.csv", 404);

        // Administration.
        Caller a = Caller.ADMIN;
        String admin = API + "/admin";
        bad("an organization without a name", a, "POST", admin + "/organizations", "{}", 400);
        bad("an organization named by a number list", a, "POST", admin + "/organizations", json("name", List.of(1)), 400);
        bad("an organization name over 200 characters", a, "POST", admin + "/organizations", json("name", "x".repeat(201)),
                400);
        bad("an organization that exists", a, "POST", admin + "/organizations", json("name", TestAccounts.HOSPITAL), 400);
        bad("DELETE an organization without a version", a, "DELETE", admin + "/organizations/" + organization,
                (String) null, 400);
        bad("DELETE an organization at a stale version", a, "DELETE", admin + "/organizations/" + organization
                + "?version=" + (organizationVersion + 7), (String) null, 409);
        bad("DELETE an unknown organization", a, "DELETE", admin + "/organizations/999999?version=0", (String) null, 404);
        get("the export of an unknown organization", a, admin + "/organizations/999999/export", 404);
        String users = admin + "/users";
        String newUser = json("username", "bad-input-user", "displayName", "Bad Input", "role", "PLANNER",
                "organizationId", organization, "password", "Bad-input-pass-1");
        bad("a user of an unknown role", a, "POST", users, newUser.replace("PLANNER", "KING"), 400);
        bad("a user of an unknown organization", a, "POST", users,
                newUser.replace(": " + organization + ",", ": 999999,"), 404);
        bad("a user with a fractional organization", a, "POST", users,
                newUser.replace(": " + organization + ",", ": 1.5,"), 400);
        bad("a user without a password", a, "POST", users, json("username", "bad-input-user", "displayName", "B",
                "role", "PLANNER", "organizationId", organization), 400);
        bad("a user with a short password", a, "POST", users, newUser.replace("Bad-input-pass-1", "short"), 400);
        bad("a user name with a space", a, "POST", users, newUser.replace("bad-input-user", "bad input"), 400);
        bad("a user name that exists", a, "POST", users, newUser.replace("bad-input-user", Caller.PLANNER.username), 400);
        bad("a user without a name", a, "POST", users, newUser.replace("\"Bad Input\"", "null"), 400);
        String change = json("version", userVersion, "role", "VENDOR", "organizationId", organization, "enabled", true,
                "unlock", false);
        bad("a change to an unknown role", a, "PUT", users + "/" + user, change.replace("VENDOR", "KING"), 400);
        bad("a change without a role", a, "PUT", users + "/" + user, change.replace("\"VENDOR\"", "null"), 400);
        bad("a change to an unknown organization", a, "PUT", users + "/" + user,
                change.replace(": " + organization + ",", ": 999999,"), 404);
        bad("a change at a stale version", a, "PUT", users + "/" + user,
                change.replace("\"version\": " + userVersion, "\"version\": " + (userVersion + 9)), 409);
        bad("a change with 'enabled' a string", a, "PUT", users + "/" + user, change.replace("\"enabled\": true",
                "\"enabled\": \"yes please\""), 400);
        bad("a change of an unknown user", a, "PUT", users + "/999999", change, 404);
        String imports = admin + "/organizations/" + organization + "/import";
        for (var broken : brokenImports().entrySet()) {
            bad("an import with " + broken.getKey(), a, "POST", imports, broken.getValue(), 400);
        }
        bad("an import into an unknown organization", a, "POST", admin + "/organizations/999999/import",
                importDocument("\"shortlists\": []"), 404);
        // An empty limit is no limit given: the default applies.
        for (String limit : List.of("0", "-1", "1001", "abc", "1.5", "99999999999")) {
            get("the audit trail with limit '" + limit + "'", a, admin + "/audit?limit=" + limit, 400);
        }

        // Catalog and search parameters.
        Caller nobody = Caller.ANONYMOUS;
        for (String limit : List.of("0", "-1", "101", "abc", "1.5", "99999999999", "")) {
            get("a search with limit '" + limit + "'", nobody, API + "/search?q=dose&limit=" + limit, 400);
        }
        for (String limit : List.of("0", "-1", "21", "abc", "1.5", "99999999999")) {
            get("suggestions with limit '" + limit + "'", nobody, API + "/search/suggest?q=dic&limit=" + limit, 400);
        }
        get("a search without text", nobody, API + "/search", 400);
        get("a search of empty text", nobody, API + "/search?q=", 400);
        get("a search over 200 characters", nobody, API + "/search?q=" + "x".repeat(201), 400);
        get("a search of an unknown type", nobody, API + "/search?q=dose&type=spaceship", 400);
        get("a search of an unknown group", nobody, API + "/search?q=dose&group=favourite", 400);
        get("suggestions over 200 characters", nobody, API + "/search/suggest?q=" + "x".repeat(201), 400);
        for (String filter : List.of("group=favourite", "category=food", "maturity=ripe", "adoption=lots",
                "deployment=everywhere", "tooling=hammer", "region=mars", "sdo=acme", "q=" + "x".repeat(201))) {
            get("standards with " + filter, nobody, API + "/standards?" + filter, 400);
            get("the portfolio CSV with " + filter, nobody, API + "/portfolio.csv?" + filter, 400);
            get("the portfolio PDF with " + filter, nobody, API + "/portfolio.pdf?" + filter, 400);
            get("the portfolio XLSX with " + filter, nobody, API + "/portfolio.xlsx?" + filter, 400);
        }
        get("a use case's matrix for an unknown system", nobody,
                API + "/use-cases/device-to-department/matrix.xlsx?system=toaster", 400);
        get("the matrix of an unknown use case", nobody, API + "/use-cases/no-such-use-case/matrix.csv", 404);
        get("profiles of an unknown domain", nobody, API + "/profiles?domain=astrology", 400);
        get("profiles of an unknown status", nobody, API + "/profiles?status=rumoured", 400);
        get("an unknown standard", nobody, API + "/standards/no-such-standard", 404);
        get("an unknown use case", nobody, API + "/use-cases/no-such-use-case", 404);
        get("an unknown profile", nobody, API + "/profiles/no-such-profile", 404);
        get("an unknown system type", nobody, API + "/system-types/no-such-type", 404);

        // Query strings that are not UTF-8, on every kind of endpoint that reads parameters.
        for (String query : List.of("%FF", "%C3%28", "%E0%80%AF", "%ED%A0%80", "%zz", "%", "%F4%90%80%80")) {
            get("search text '" + query + "'", nobody, API + "/search?q=" + query, 400);
            get("suggestion text '" + query + "'", nobody, API + "/search/suggest?q=" + query, 400);
            get("a standards filter '" + query + "'", nobody, API + "/standards?group=" + query, 400);
            bad("a bidder named '" + query + "'", p, "POST", bidders + "?bidder=" + query, bid, 400);
            bad("a version '" + query + "'", p, "DELETE", item + "?version=" + query, (String) null, 400);
            get("a gap scope '" + query + "'", v, productPath + "/gaps?useCase=" + query + "&systemType=pacs", 400);
        }
    }

    /** Drafts each broken in one way, as JSON. */
    private Map<String, String> brokenDrafts() {
        Map<String, String> drafts = new LinkedHashMap<>();
        String spec = ProbeClient.JSON.writeValueAsString(ProbeClient.spec("Bad draft"));
        String requirement = "{\"number\": \"PACS-90\", \"level\": \"SHALL\", \"system\": \"pacs\", "
                + "\"category\": \"technical-workflow\", \"profile\": \"swf-b\", "
                + "\"actor\": \"Image Manager/Image Archive\", \"options\": [], \"text\": \"t\", \"rationale\": \"r\", "
                + "\"origin\": \"PLANNER\"}";
        BinaryOperator<String> with = (key, value) -> "{\"spec\": " + spec + ", \"requirements\": [" + requirement + "], \""
                + key + "\": " + value + "}";
        drafts.put("a null requirement", "{\"spec\": " + spec + ", \"requirements\": [null]}");
        drafts.put("a null mandate", with.apply("mandates", "[null]"));
        drafts.put("a null clause", with.apply("clauses", "[null]"));
        drafts.put("a null withdrawn requirement", with.apply("withdrawn", "[null]"));
        drafts.put("a requirement of an unknown standard", "{\"spec\": " + spec + ", \"requirements\": ["
                + requirement.replace("\"profile\": \"swf-b\", \"actor\": \"Image Manager/Image Archive\"",
                        "\"standard\": \"no-such-standard\"") + "]}");
        drafts.put("a requirement of an unknown profile", "{\"spec\": " + spec + ", \"requirements\": ["
                + requirement.replace("swf-b", "no-such-profile") + "]}");
        drafts.put("a requirement of an unknown actor", "{\"spec\": " + spec + ", \"requirements\": ["
                + requirement.replace("Image Manager/Image Archive", "Teleporter") + "]}");
        drafts.put("a requirement of an unknown option", "{\"spec\": " + spec + ", \"requirements\": ["
                + requirement.replace("\"options\": []", "\"options\": [\"Teleportation\"]") + "]}");
        drafts.put("a requirement with a null option", "{\"spec\": " + spec + ", \"requirements\": ["
                + requirement.replace("\"options\": []", "\"options\": [null]") + "]}");
        drafts.put("a requirement of an unknown system", "{\"spec\": " + spec + ", \"requirements\": ["
                + requirement.replace("\"system\": \"pacs\"", "\"system\": \"ris\"") + "]}");
        drafts.put("a requirement of an unknown category", "{\"spec\": " + spec + ", \"requirements\": ["
                + requirement.replace("technical-workflow", "astrology") + "]}");
        drafts.put("a requirement of level MUST", "{\"spec\": " + spec + ", \"requirements\": ["
                + requirement.replace("SHALL", "MUST") + "]}");
        drafts.put("a requirement of an unknown origin", "{\"spec\": " + spec + ", \"requirements\": ["
                + requirement.replace("PLANNER", "ORACLE") + "]}");
        drafts.put("a requirement without a number", "{\"spec\": " + spec + ", \"requirements\": ["
                + requirement.replace("\"number\": \"PACS-90\", ", "") + "]}");
        drafts.put("a requirement number twice", "{\"spec\": " + spec + ", \"requirements\": [" + requirement + ", "
                + requirement + "]}");
        drafts.put("a requirement text over 5,000 characters", "{\"spec\": " + spec + ", \"requirements\": ["
                + requirement.replace("\"text\": \"t\"", "\"text\": \"" + "t".repeat(5_001) + "\"") + "]}");
        drafts.put("a requirement that is a string", "{\"spec\": " + spec + ", \"requirements\": [\"PACS-1\"]}");
        drafts.put("a mandate without a title", with.apply("mandates", "[{\"text\": \"x\"}]"));
        drafts.put("a mandate of an unknown standard", with.apply("mandates",
                "[{\"title\": \"x\", \"standard\": \"no-such-standard\", \"text\": \"x\"}]"));
        drafts.put("a clause over 50,000 characters", with.apply("clauses",
                "[{\"title\": \"x\", \"markdown\": \"" + "x".repeat(50_001) + "\"}]"));
        drafts.put("51 clauses", with.apply("clauses", "[" + String.join(", ",
                Collections.nCopies(51, "{\"title\": \"x\", \"markdown\": \"x\"}")) + "]"));
        drafts.put("a spec that is an array", "{\"spec\": [], \"requirements\": []}");
        drafts.put("no spec", "{\"requirements\": []}");
        return drafts;
    }

    private static String importDocument(String parts) {
        return "{\"format\": \"rsp-navigator-organization\", \"formatVersion\": 1, \"catalogEdition\": \"2026.1\", "
                + "\"organization\": {\"name\": \"Imported\"}, \"members\": [], " + parts + "}";
    }

    /** Organization documents each broken in one way. */
    private static Map<String, String> brokenImports() {
        String list = "{\"name\": \"L\", \"description\": \"\", \"filter\": \"\", \"standards\": [\"loinc\"], "
                + "\"createdBy\": \"a\", \"createdAt\": \"2026-01-01T00:00:00Z\", \"updatedBy\": \"a\", "
                + "\"updatedAt\": \"2026-01-01T00:00:00Z\"}";
        String member = "{\"username\": \"imported-member\", \"displayName\": \"Imported Member\", \"role\": \"PLANNER\"}";
        Map<String, String> imports = new LinkedHashMap<>();
        imports.put("another format", importDocument("\"shortlists\": []").replace("rsp-navigator-organization", "zip"));
        imports.put("format version 2", importDocument("\"shortlists\": []").replace("\"formatVersion\": 1",
                "\"formatVersion\": 2"));
        imports.put("a fractional format version", importDocument("\"shortlists\": []").replace("\"formatVersion\": 1",
                "\"formatVersion\": 1.5"));
        imports.put("no shortlists", importDocument("\"rfpProjects\": []"));
        imports.put("no members", importDocument("\"shortlists\": []").replace("\"members\": [], ", ""));
        imports.put("a null shortlist", importDocument("\"shortlists\": [null]"));
        imports.put("a shortlist with a null standard", importDocument("\"shortlists\": ["
                + list.replace("[\"loinc\"]", "[null]") + "]"));
        imports.put("a shortlist without its dates", importDocument("\"shortlists\": ["
                + list.replace(", \"createdAt\": \"2026-01-01T00:00:00Z\"", "") + "]"));
        imports.put("a shortlist with a date that is no date", importDocument("\"shortlists\": ["
                + list.replace("2026-01-01T00:00:00Z\", \"updatedBy", "yesterday\", \"updatedBy") + "]"));
        imports.put("a shortlist made by someone of 101 characters", importDocument("\"shortlists\": ["
                + list.replace("\"createdBy\": \"a\"", "\"createdBy\": \"" + "a".repeat(101) + "\"") + "]"));
        imports.put("a shortlist changed by someone of 101 characters", importDocument("\"shortlists\": ["
                + list.replace("\"updatedBy\": \"a\"", "\"updatedBy\": \"" + "a".repeat(101) + "\"") + "]"));
        imports.put("a null member", importDocument("\"shortlists\": []").replace("\"members\": []",
                "\"members\": [null]"));
        imports.put("a member of an unknown role", importDocument("\"shortlists\": []").replace("\"members\": []",
                "\"members\": [" + member.replace("PLANNER", "KING") + "]"));
        imports.put("a member named with 101 characters", importDocument("\"shortlists\": []").replace("\"members\": []",
                "\"members\": [" + member.replace("imported-member", "m".repeat(101)) + "]"));
        imports.put("a member with a user name no account may have", importDocument("\"shortlists\": []")
                .replace("\"members\": []", "\"members\": [" + member.replace("imported-member", "Bad Name!") + "]"));
        imports.put("a member's name over 200 characters", importDocument("\"shortlists\": []").replace("\"members\": []",
                "\"members\": [" + member.replace("Imported Member", "n".repeat(201)) + "]"));
        imports.put("a member who belongs to another organization", importDocument("\"shortlists\": []")
                .replace("\"members\": []", "\"members\": [" + member.replace("imported-member",
                        Caller.OTHER_PLANNER.username) + "]"));
        imports.put("an RFP project without revisions", importDocument("\"shortlists\": [], \"rfpProjects\": [{"
                + "\"name\": \"P\", \"createdBy\": \"a\", \"createdAt\": \"2026-01-01T00:00:00Z\", \"revisions\": []}]"));
        imports.put("an RFP project made by someone of 101 characters", importDocument("\"shortlists\": [], "
                + "\"rfpProjects\": [{\"name\": \"P\", \"createdBy\": \"" + "a".repeat(101) + "\", "
                + "\"createdAt\": \"2026-01-01T00:00:00Z\", \"revisions\": [{\"revision\": 1, \"savedBy\": \"a\", "
                + "\"savedAt\": \"2026-01-01T00:00:00Z\", \"draft\": {\"spec\": "
                + ProbeClient.JSON.writeValueAsString(ProbeClient.spec("P")) + ", \"requirements\": []}}]}]"));
        imports.put("a bidder without a statement", importDocument("\"shortlists\": [], \"rfpProjects\": [{"
                + "\"name\": \"P\", \"createdBy\": \"a\", \"createdAt\": \"2026-01-01T00:00:00Z\", \"revisions\": [{"
                + "\"revision\": 1, \"savedBy\": \"a\", \"savedAt\": \"2026-01-01T00:00:00Z\", \"draft\": {\"spec\": "
                + ProbeClient.JSON.writeValueAsString(ProbeClient.spec("P")) + ", \"requirements\": []}}], \"bidders\": [{"
                + "\"bidder\": \"B\", \"source\": \"s\", \"importedBy\": \"a\", \"importedAt\": \"2026-01-01T00:00:00Z\"}]}]"));
        imports.put("a bidder without a source", importDocument("\"shortlists\": [], \"rfpProjects\": [{"
                + "\"name\": \"P\", \"createdBy\": \"a\", \"createdAt\": \"2026-01-01T00:00:00Z\", \"revisions\": [{"
                + "\"revision\": 1, \"savedBy\": \"a\", \"savedAt\": \"2026-01-01T00:00:00Z\", \"draft\": {\"spec\": "
                + ProbeClient.JSON.writeValueAsString(ProbeClient.spec("P")) + ", \"requirements\": []}}], \"bidders\": [{"
                + "\"bidder\": \"B\", \"importedBy\": \"a\", \"importedAt\": \"2026-01-01T00:00:00Z\", \"statement\": "
                + ProbeClient.statementJson("P") + "}]}]"));
        imports.put("a bidder named with 201 characters", importDocument("\"shortlists\": [], \"rfpProjects\": [{"
                + "\"name\": \"P\", \"createdBy\": \"a\", \"createdAt\": \"2026-01-01T00:00:00Z\", \"revisions\": [{"
                + "\"revision\": 1, \"savedBy\": \"a\", \"savedAt\": \"2026-01-01T00:00:00Z\", \"draft\": {\"spec\": "
                + ProbeClient.JSON.writeValueAsString(ProbeClient.spec("P")) + ", \"requirements\": []}}], \"bidders\": [{"
                + "\"bidder\": \"" + "b".repeat(201) + "\", \"source\": \"s\", \"importedBy\": \"a\", "
                + "\"importedAt\": \"2026-01-01T00:00:00Z\", \"statement\": " + ProbeClient.statementJson("P") + "}]}]"));
        imports.put("a revision saved by someone of 101 characters", importDocument("\"shortlists\": [], "
                + "\"rfpProjects\": [{\"name\": \"P\", \"createdBy\": \"a\", \"createdAt\": \"2026-01-01T00:00:00Z\", "
                + "\"revisions\": [{\"revision\": 1, \"savedBy\": \"" + "a".repeat(101) + "\", "
                + "\"savedAt\": \"2026-01-01T00:00:00Z\", \"draft\": {\"spec\": "
                + ProbeClient.JSON.writeValueAsString(ProbeClient.spec("P")) + ", \"requirements\": []}}]}]"));
        imports.put("a product with an unknown profile", importDocument("\"shortlists\": [], \"products\": [{"
                + "\"name\": \"P\", \"productVersion\": \"1\", \"published\": false, \"statement\": "
                + ProbeClient.statementJson("P").replace("swf-b", "no-such-profile") + ", \"createdBy\": \"a\", "
                + "\"createdAt\": \"2026-01-01T00:00:00Z\", \"updatedBy\": \"a\", \"updatedAt\": \"2026-01-01T00:00:00Z\"}]"));
        imports.put("a product made by someone of 101 characters", importDocument("\"shortlists\": [], \"products\": [{"
                + "\"name\": \"P\", \"productVersion\": \"1\", \"published\": false, \"statement\": "
                + ProbeClient.statementJson("P") + ", \"createdBy\": \"" + "a".repeat(101) + "\", "
                + "\"createdAt\": \"2026-01-01T00:00:00Z\", \"updatedBy\": \"a\", \"updatedAt\": \"2026-01-01T00:00:00Z\"}]"));
        return imports;
    }

    // Running it -----------------------------------------------------------------------------------------

    private Answer send(Bad bad) {
        if (bad.path().matches(".*%(?![0-9A-Fa-f]{2}).*")) {
            return sendUnchecked(bad);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (bad.contentType() != null && bad.body() != null) {
            headers.put("Content-Type", bad.contentType());
        }
        HttpRequest.BodyPublisher body;
        if (bad.body() == null) {
            body = HttpRequest.BodyPublishers.noBody();
        } else if (bad.chunked()) {
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bad.body()));
        } else {
            body = HttpRequest.BodyPublishers.ofByteArray(bad.body());
        }
        return client.request(bad.caller(), bad.method(), bad.path(), body, headers);
    }

    /**
     * A request whose address Java's HTTP client refuses to send (an incomplete percent-escape),
     * written to a socket as it is, in HTTP/1.0 so that the answer ends with the connection.
     */
    private Answer sendUnchecked(Bad bad) {
        try (Socket socket = new Socket("localhost", port)) {
            StringBuilder head = new StringBuilder(bad.method() + " " + bad.path() + " HTTP/1.0\r\nHost: localhost\r\n");
            if (bad.caller().username != null) {
                head.append("Authorization: Basic ").append(Base64.getEncoder().encodeToString(
                        utf8(bad.caller().username + ":" + bad.caller().password))).append("\r\n");
            }
            byte[] body = bad.body() == null ? new byte[0] : bad.body();
            if (bad.body() != null) {
                head.append("Content-Type: ").append(bad.contentType()).append("\r\n");
            }
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String headers = answer.substring(0, end);
            Matcher type = Pattern.compile("(?im)^Content-Type:\\s*(.*)$").matcher(headers);
            return new Answer(Integer.parseInt(headers.substring(9, 12)), type.find() ? type.group(1).strip() : "", "",
                    utf8(answer.substring(end + 4)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the organization has: every item with its version, through the API. */
    private Map<String, String> everything() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("shortlists", client.expect(200, Caller.PLANNER, "GET", API + "/shortlists", null).toString());
        state.put("rfp projects", client.expect(200, Caller.PLANNER, "GET", API + "/rfp/projects", null).toString());
        state.put("bidders", client.expect(200, Caller.PLANNER, "GET", API + "/rfp/projects/" + project + "/bidders", null)
                .toString());
        state.put("revisions", client.expect(200, Caller.PLANNER, "GET", API + "/rfp/projects/" + project + "/revisions",
                null).toString());
        state.put("products", client.expect(200, Caller.VENDOR, "GET", API + "/products", null).toString());
        state.put("organizations", client.expect(200, Caller.ADMIN, "GET", API + "/admin/organizations", null).toString());
        JsonNode users = client.expect(200, Caller.ADMIN, "GET", API + "/admin/users", null);
        users.forEach(u -> ((ObjectNode) u).remove("locked"));
        state.put("users", users.toString());
        state.put("organization export", client.expect(200, Caller.ADMIN, "GET", API + "/admin/organizations/"
                + organization + "/export", null).toString());
        return state;
    }

    @Test
    void malformedInputIsRefusedWithAProblemDocumentAndWritesNothing() {
        genericCorpus();
        specificCorpus();
        Map<String, String> before = everything();
        List<String> wrong = new ArrayList<>();
        for (Bad bad : corpus) {
            Answer answer = send(bad);
            String where = bad.method() + " " + bad.path().replaceAll("(.{120}).+", "$1…") + " with " + bad.what()
                    + " as " + bad.caller().label();
            int status = answer.status();
            if (status >= 500) {
                wrong.add(where + ": " + status + " " + answer.text());
            } else if (status != bad.expected()) {
                wrong.add(where + ": got " + status + ", expected " + bad.expected() + " ("
                        + answer.text().replaceAll("(.{300}).+", "$1…") + ")");
            } else if (!answer.contentType().startsWith("application/problem+json")) {
                wrong.add(where + ": " + status + " is not a problem document but " + answer.contentType());
            } else if (ProbeClient.JSON.readTree(answer.text()).path("detail").asString("").isBlank()) {
                wrong.add(where + ": " + status + " does not say what is wrong");
            }
        }
        Map<String, String> after = everything();
        System.out.println("BadInputCorpusTest: " + corpus.size() + " malformed requests, " + wrong.size() + " wrong");
        assertThat(wrong).as(wrong.size() + " of " + corpus.size() + " malformed requests were answered wrongly")
                .isEmpty();
        assertThat(after).as("nothing was written").isEqualTo(before);
    }
}
