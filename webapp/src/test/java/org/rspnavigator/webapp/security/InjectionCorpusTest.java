package org.rspnavigator.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.security.ProbeClient.API;
import static org.rspnavigator.webapp.security.ProbeClient.unique;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.markup.SafeMarkdown;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.StatementLinks;
import org.rspnavigator.webapp.security.ProbeClient.Answer;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * Hostile text (script elements, event handlers, {@code javascript:} links, SVG and XML, entity
 * tricks, spreadsheet formulas, Markdown link tricks, SQL metacharacters, control, direction and
 * null characters, text at each field's limit) stored through the API in every free-text field it
 * takes, and read back from every place that shows it: the JSON answers give it back exactly (as
 * typed, or without surrounding white space where a name is trimmed), the CSV files guard every
 * cell a spreadsheet would run as a formula, the PDF and Word documents show it as text and hold
 * nothing that runs or links anywhere but the web, and the HTML the views render Markdown into
 * keeps only harmless markup.
 *
 * <p>Fields that hold one text per item and are printed in a document (a project's name, a
 * product's vendor) carry several payloads at once, so that a few documents show them all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionCorpusTest {

    static final List<String> CORPUS = Corpus.payloads();
    private static final SafeMarkdown MARKDOWN = new SafeMarkdown();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    ProbeClient client;

    /** Every payload-in-a-place check made, and those that failed. */
    final List<String> failures = new ArrayList<>();
    final Set<String> places = new TreeSet<>();
    int checks;

    /**
     * The project with a payload in each requirement and mandate and in the first custom clauses,
     * and the one with the clauses beyond the most a project holds.
     */
    long corpusProject;
    long moreClausesProject;

    @BeforeAll
    void setUp() {
        Caller.ensureAccounts(context);
        client = new ProbeClient(port);
        corpusProject = client.expect(201, Caller.PLANNER, "POST", API + "/rfp/projects",
                Map.of("draft", corpusDraft(true, 0, RfpDraft.MAX_CLAUSES))).get("project").get("id").asLong();
        moreClausesProject = client.expect(201, Caller.PLANNER, "POST", API + "/rfp/projects",
                Map.of("draft", corpusDraft(false, RfpDraft.MAX_CLAUSES, MARKDOWN_TEXTS.size())))
                .get("project").get("id").asLong();
    }

    @BeforeEach
    void noFailuresYet() {
        failures.clear();
    }

    @AfterAll
    void report() {
        System.out.println("InjectionCorpusTest: " + CORPUS.size() + " payloads, " + checks + " checks in "
                + places.size() + " places: " + places);
    }

    // Checks ---------------------------------------------------------------------------------------

    private void check(boolean ok, String place, String payload, String problem) {
        checks++;
        places.add(place.replaceAll("/[0-9]+", "/{id}"));
        if (!ok) {
            failures.add(place + " | " + Corpus.show(payload) + " | " + problem);
        }
    }

    private void assertNoFailures() {
        assertThat(failures).as(failures.size() + " of " + checks + " checks failed").isEmpty();
    }

    /** A JSON answer gives the text back as a JSON string, exactly as expected. */
    private void json(String place, String payload, String expected, JsonNode node) {
        boolean ok = node != null && node.isString() && node.asString().equals(expected);
        check(ok, place, payload, ok ? "" : "JSON has " + (node == null ? "nothing" : Corpus.show(node.toString())));
    }

    /** The payload's visible characters are in the document's text. */
    private void shows(String place, String payload, String shown, Inspection.Document document) {
        boolean ok = false;
        // A right-to-left override turns text around for display: in the payload, or in a field
        // printed before it on the same line.
        String reversed = new StringBuilder(shown).reverse().toString();
        for (String text : document.texts()) {
            for (String expected : List.of(shown, Corpus.asDisplayed(shown), reversed)) {
                ok |= Corpus.holds(Corpus.visible(text), Corpus.visible(expected));
            }
        }
        check(ok, place, payload, ok ? "" : "the document's text does not show it (see " + keep(place, document) + ")");
    }

    /** Keeps the text of a document that did not show a payload, for a person to read. */
    private static String keep(String place, Inspection.Document document) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "injection-corpus"));
            Path file = dir.resolve(place.replaceAll("[^A-Za-z0-9.-]+", "-") + ".txt");
            Files.write(file, String.join("\n\f\n", document.texts()).getBytes(StandardCharsets.UTF_8));
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document made of a payload holds nothing that runs or links elsewhere than the web. */
    private void harmless(String place, Inspection.Document document) {
        check(document.dangers().isEmpty(), place, "(the whole document)", "holds " + document.dangers());
    }

    /** No cell of a CSV file is run as a formula; the payload is in a cell, guarded if it would be. */
    private void csv(String place, List<String> payloads, UnaryOperator<String> asStored, byte[] file) {
        List<List<String>> records = Inspection.csv(file);
        List<String> formulas = records.stream().flatMap(List::stream).filter(Inspection::runsAsFormula).toList();
        check(formulas.isEmpty(), place, "(every cell)", "cells a spreadsheet runs: " + formulas);
        for (String payload : payloads) {
            check(Inspection.holds(records, asStored.apply(payload)), place, payload, "no cell holds it");
        }
    }

    /** Markdown as a view renders it: only harmless markup. */
    private void html(String place, String payload, String markdown) {
        List<String> dangers = Inspection.htmlDangers(MARKDOWN.toHtml(markdown));
        check(dangers.isEmpty(), place, payload, "the HTML holds " + dangers);
    }

    private void attachmentName(String place, Answer file) {
        check(file.disposition().matches("attachment; filename=\"[A-Za-z0-9._-]+\"(; filename\\*=UTF-8''[A-Za-z0-9._%-]+)?"),
                place, "(file name)", "Content-Disposition " + file.disposition());
    }

    private Answer download(Caller caller, String path) {
        Answer file = client.download(caller, path);
        assertThat(file.status()).as(path + ": " + file.text()).isEqualTo(200);
        return file;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // The corpus project ---------------------------------------------------------------------------

    static final List<String> REQUIREMENT_TEXTS = Corpus.withLong(CORPUS, FieldLimits.TEXT);
    static final List<String> TITLES = Corpus.withLong(CORPUS, FieldLimits.TITLE);
    static final List<String> MARKDOWN_TEXTS = Corpus.withLong(CORPUS, FieldLimits.MARKDOWN);

    private static String number(int i) {
        return "PACS-" + (900 + i);
    }

    /** A project with one requirement, to compare statements with in a report of a page or two. */
    private long smallProject(String name) {
        return client.expect(201, Caller.PLANNER, "POST", API + "/rfp/projects", map("draft", map(
                "spec", ProbeClient.spec(unique(name)), "requirements", List.of(map("number", "PACS-1",
                        "level", "SHALL", "system", "pacs", "category", "technical-workflow", "profile", "swf-b",
                        "actor", "Image Manager/Image Archive", "options", List.of(), "text", "Scheduled workflow",
                        "rationale", "", "origin", "PLANNER"))))).get("project").get("id").asLong();
    }

    /**
     * A draft with a payload in every requirement's text and rationale and in every mandate (or
     * none), and in the clauses {@code from} to {@code to}.
     */
    private static Map<String, Object> corpusDraft(boolean requirementsAndMandates, int from, int to) {
        List<Object> requirements = new ArrayList<>();
        List<Object> mandates = new ArrayList<>();
        if (requirementsAndMandates) {
            for (int i = 0; i < REQUIREMENT_TEXTS.size(); i++) {
                requirements.add(map("number", number(i), "level", "SHALL", "system", "pacs",
                        "category", "technical-workflow", "profile", "swf-b", "actor", "Image Manager/Image Archive",
                        "options", List.of(), "text", REQUIREMENT_TEXTS.get(i), "rationale", REQUIREMENT_TEXTS.get(i),
                        "origin", "PLANNER"));
            }
            for (int i = 0; i < MARKDOWN_TEXTS.size(); i++) {
                mandates.add(map("title", TITLES.get(i), "standard", "", "text", MARKDOWN_TEXTS.get(i)));
            }
        }
        List<Object> clauses = new ArrayList<>();
        for (int i = from; i < to; i++) {
            clauses.add(map("title", TITLES.get(i), "markdown", MARKDOWN_TEXTS.get(i)));
        }
        return map("spec", ProbeClient.spec(unique("Injection corpus")), "requirements", requirements,
                "withdrawn", List.of(), "mandates", mandates, "clauses", clauses);
    }

    @Test
    void requirementsMandatesAndClausesAreKeptExactlyAndPrintedAsText() {
        String project = API + "/rfp/projects/" + corpusProject;
        for (String place : List.of(project, project + "/revisions/1")) {
            JsonNode read = client.expect(200, Caller.PLANNER, "GET", place, null);
            JsonNode draft = read.has("draft") ? read.get("draft") : read;
            for (int i = 0; i < REQUIREMENT_TEXTS.size(); i++) {
                JsonNode r = draft.get("requirements").get(i);
                json(place + " requirement text", REQUIREMENT_TEXTS.get(i), REQUIREMENT_TEXTS.get(i), r.get("text"));
                json(place + " rationale", REQUIREMENT_TEXTS.get(i), REQUIREMENT_TEXTS.get(i), r.get("rationale"));
            }
            for (int i = 0; i < MARKDOWN_TEXTS.size(); i++) {
                JsonNode m = draft.get("mandates").get(i);
                json(place + " mandate title", TITLES.get(i), TITLES.get(i), m.get("title"));
                json(place + " mandate text", MARKDOWN_TEXTS.get(i), MARKDOWN_TEXTS.get(i), m.get("text"));
            }
        }
        for (long id : List.of(corpusProject, moreClausesProject)) {
            int from = id == corpusProject ? 0 : RfpDraft.MAX_CLAUSES;
            String place = API + "/rfp/projects/" + id;
            JsonNode clauses = client.expect(200, Caller.PLANNER, "GET", place, null).get("draft").get("clauses");
            for (int i = 0; i < clauses.size(); i++) {
                json(place + " clause title", TITLES.get(from + i), TITLES.get(from + i), clauses.get(i).get("title"));
                json(place + " clause Markdown", MARKDOWN_TEXTS.get(from + i), MARKDOWN_TEXTS.get(from + i),
                        clauses.get(i).get("markdown"));
            }
        }

        String documents = project + "/documents/";
        JsonNode matrix = ProbeClient.JSON.readTree(download(Caller.PLANNER, documents + "response-matrix.json").text());
        for (int i = 0; i < REQUIREMENT_TEXTS.size(); i++) {
            String number = number(i);
            JsonNode r = matrix.get("requirements").valueStream().filter(n -> n.get("number").asString().equals(number))
                    .findFirst().orElse(null);
            json("response-matrix.json text", REQUIREMENT_TEXTS.get(i), REQUIREMENT_TEXTS.get(i).strip(),
                    r == null ? null : r.get("text"));
        }
        Answer matrixCsv = download(Caller.PLANNER, documents + "response-matrix.csv");
        attachmentName("response-matrix.csv", matrixCsv);
        csv("response-matrix.csv", REQUIREMENT_TEXTS, String::strip, matrixCsv.bytes());

        Map<String, Inspection.Document> corpusDocuments = new LinkedHashMap<>();
        Map<String, Inspection.Document> clauseDocuments = new LinkedHashMap<>();
        for (String file : List.of("rfp.pdf", "rfp.docx")) {
            for (long id : List.of(corpusProject, moreClausesProject)) {
                Answer raw = download(Caller.PLANNER, API + "/rfp/projects/" + id + "/documents/" + file);
                attachmentName(file, raw);
                Inspection.Document document = file.endsWith(".pdf") ? Inspection.pdf(raw.bytes())
                        : Inspection.docx(raw.bytes());
                harmless(file, document);
                (id == corpusProject ? corpusDocuments : clauseDocuments).put(file, document);
            }
        }
        for (String file : corpusDocuments.keySet()) {
            Inspection.Document document = corpusDocuments.get(file);
            for (String text : REQUIREMENT_TEXTS) {
                shows(file + " requirement text", text, text, document);
            }
            for (int i = 0; i < MARKDOWN_TEXTS.size(); i++) {
                Inspection.Document withClause = i < RfpDraft.MAX_CLAUSES ? document : clauseDocuments.get(file);
                String markdown = MARKDOWN_TEXTS.get(i);
                shows(file + " mandate title", TITLES.get(i), TITLES.get(i), document);
                shows(file + " mandate text", markdown, Corpus.markdownText(markdown), document);
                shows(file + " clause title", TITLES.get(i), TITLES.get(i), withClause);
                shows(file + " clause text", markdown, Corpus.markdownText(markdown), withClause);
            }
        }
        harmless("checklist.pdf", Inspection.pdf(download(Caller.PLANNER, documents + "checklist.pdf").bytes()));

        // The views render mandates and clauses as Markdown.
        for (String markdown : MARKDOWN_TEXTS) {
            html("mandate and clause view HTML", markdown, markdown);
        }
        assertNoFailures();
    }
    // Shortlists -----------------------------------------------------------------------------------

    @Test
    void shortlistNamesAndNotesAreKeptExactlyAndTheNotesRenderSafely() {
        List<String> names = Corpus.withLong(CORPUS, FieldLimits.NAME);
        List<String> notes = Corpus.withLong(CORPUS, 20_000);
        Map<Long, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Answer created = client.call(Caller.PLANNER, "POST", API + "/shortlists", map("name", names.get(i),
                    "description", notes.get(i), "filter", "", "standards", List.of()));
            check(created.status() == 201, "POST /shortlists", names.get(i), "answered " + created.status() + " "
                    + created.text());
            if (created.status() == 201) {
                json("POST /shortlists name", names.get(i), names.get(i).strip(), created.json().get("name"));
                json("POST /shortlists description", notes.get(i), notes.get(i), created.json().get("description"));
                ids.put(created.json().get("id").asLong(), i);
            }
        }
        for (JsonNode s : client.expect(200, Caller.PLANNER, "GET", API + "/shortlists", null)) {
            Integer i = ids.get(s.get("id").asLong());
            if (i != null) {
                json("GET /shortlists name", names.get(i), names.get(i).strip(), s.get("name"));
                json("GET /shortlists description", notes.get(i), notes.get(i), s.get("description"));
                html("shortlist view HTML", notes.get(i), s.get("description").asString());
            }
        }
        JsonNode export = client.expect(200, Caller.PLANNER, "GET", API + "/organization/export", null);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            String note = notes.get(i);
            check(export.get("shortlists").valueStream().anyMatch(s -> s.get("name").asString().equals(name)
                    && s.get("description").asString().equals(note)), "organization export shortlists", note,
                    "no shortlist with this name and notes");
        }
        assertNoFailures();
    }

    // Project names and buyers ---------------------------------------------------------------------

    @Test
    void projectNamesAndBuyersAreKeptExactlyAndPrintedAsText() {
        List<String> groups = Corpus.groups(Corpus.withLong(CORPUS, FieldLimits.NAME), FieldLimits.NAME);
        for (int k = 0; k < groups.size(); k += 2) {
            String name = groups.get(k);
            String buyer = groups.get((k + 1) % groups.size());
            Map<String, Object> spec = map("projectName", name, "organization", buyer, "region", "europe",
                    "useCases", List.of("device-to-department"),
                    "systems", List.of(map("systemType", "pacs", "quantity", 1, "notes", "")));
            Answer created = client.call(Caller.PLANNER, "POST", API + "/rfp/projects", map("draft", map("spec", spec,
                    "requirements", List.of(), "mandates", List.of(), "clauses", List.of())));
            check(created.status() == 201, "POST /rfp/projects", name, "answered " + created.status() + " "
                    + created.text());
            if (created.status() != 201) {
                continue;
            }
            long id = created.json().get("project").get("id").asLong();
            json("POST /rfp/projects name", name, name.strip(), created.json().get("project").get("name"));
            json("POST /rfp/projects spec.projectName", name, name.strip(),
                    created.json().get("draft").get("spec").get("projectName"));
            json("POST /rfp/projects spec.organization", buyer, buyer,
                    created.json().get("draft").get("spec").get("organization"));
            JsonNode listed = client.expect(200, Caller.PLANNER, "GET", API + "/rfp/projects", null).valueStream()
                    .filter(p -> p.get("id").asLong() == id).findFirst().orElse(null);
            json("GET /rfp/projects name", name, name.strip(), listed == null ? null : listed.get("name"));

            String documents = API + "/rfp/projects/" + id + "/documents/";
            Answer matrix = download(Caller.PLANNER, documents + "response-matrix.json");
            attachmentName("response-matrix.json", matrix);
            JsonNode matrixJson = ProbeClient.JSON.readTree(matrix.text());
            json("response-matrix.json project", name, Corpus.oneLine(name), matrixJson.get("project"));
            json("response-matrix.json organization", buyer, Corpus.oneLine(buyer), matrixJson.get("organization"));
            for (String file : List.of("rfp.pdf", "rfp.docx", "checklist.pdf")) {
                Answer raw = download(Caller.PLANNER, documents + file);
                attachmentName(file, raw);
                Inspection.Document document = file.endsWith(".pdf") ? Inspection.pdf(raw.bytes())
                        : Inspection.docx(raw.bytes());
                harmless(file, document);
                shows(file + " project name", name, name, document);
                if (!file.startsWith("checklist")) {
                    shows(file + " buying organization", buyer, buyer, document);
                }
            }
        }
        assertNoFailures();
    }

    // Bidders --------------------------------------------------------------------------------------

    private String bidderStatement(String text) {
        String version = text.length() <= FieldLimits.VERSION ? text : Corpus.longPayload(FieldLimits.VERSION);
        return StatementJson.write(ProbeClient.statement(text, text, version, version,
                new StatementLinks("https://example.com/ihe", "", "")));
    }

    @Test
    void biddersAreKeptExactlyAndTheirMatricesShowThemAsText() {
        // The corpus project's requirements, against one bidder: in the evidence matrix and the gap analysis.
        String corpusBidders = API + "/rfp/projects/" + corpusProject + "/bidders";
        long alpha = client.newBidder(Caller.PLANNER, corpusProject).get("id").asLong();
        csv("bidder matrix.csv requirement text", REQUIREMENT_TEXTS, UnaryOperator.identity(),
                download(Caller.PLANNER, corpusBidders + "/matrix.csv").bytes());
        for (String file : List.of("/matrix.pdf", "/" + alpha + "/gaps.pdf")) {
            Inspection.Document pdf = Inspection.pdf(download(Caller.PLANNER, corpusBidders + file).bytes());
            harmless("bidders" + file, pdf);
            for (String text : REQUIREMENT_TEXTS) {
                shows("bidders" + file + " requirement text", text, text, pdf);
            }
        }

        // A payload in each bidder's name, its source and its statement.
        long projectId = smallProject("Bidder names");
        String bidders = API + "/rfp/projects/" + projectId + "/bidders";
        List<String> names = Corpus.withLong(CORPUS, FieldLimits.NAME);
        Map<Long, String> ids = new LinkedHashMap<>();
        for (String name : names) {
            Answer added = client.call(Caller.PLANNER, "POST", bidders + "?bidder=" + encode(name) + "&source="
                    + encode(name), bidderStatement(name).getBytes(StandardCharsets.UTF_8), "application/json");
            check(added.status() == 201, "POST bidders", name, "answered " + added.status() + " " + added.text());
            if (added.status() == 201) {
                ids.put(added.json().get("id").asLong(), name);
                json("POST bidders bidder", name, name.strip(), added.json().get("bidder"));
            }
        }
        for (JsonNode b : client.expect(200, Caller.PLANNER, "GET", bidders, null)) {
            String name = ids.get(b.get("id").asLong());
            if (name == null) {
                continue;
            }
            String version = name.length() <= FieldLimits.VERSION ? name : Corpus.longPayload(FieldLimits.VERSION);
            json("GET bidders bidder", name, name.strip(), b.get("bidder"));
            json("GET bidders source", name, name.strip(), b.get("source"));
            json("GET bidders vendor", name, name, b.get("vendor"));
            json("GET bidders productName", name, name, b.get("productName"));
            json("GET bidders productVersion", name, version, b.get("productVersion"));
        }
        JsonNode matrix = client.expect(200, Caller.PLANNER, "GET", bidders + "/matrix", null);
        for (String name : names) {
            check(matrix.get("bidders").valueStream().anyMatch(b -> b.asString().equals(name.strip())),
                    "bidder matrix JSON", name, "not among the bidders");
        }
        csv("bidder matrix.csv bidder", names, String::strip, download(Caller.PLANNER, bidders + "/matrix.csv").bytes());
        Inspection.Document matrixPdf = Inspection.pdf(download(Caller.PLANNER, bidders + "/matrix.pdf").bytes());
        harmless("bidder matrix.pdf", matrixPdf);
        names.forEach(name -> shows("bidder matrix.pdf bidder", name, name, matrixPdf));

        // A gap analysis names its bidder: several payloads in a name, so that a few PDFs show them all.
        for (String group : Corpus.groups(CORPUS, FieldLimits.NAME)) {
            Answer added = client.call(Caller.PLANNER, "POST", bidders + "?bidder=" + encode(group),
                    bidderStatement("Plain PACS").getBytes(StandardCharsets.UTF_8), "application/json");
            check(added.status() == 201, "POST bidders", group, "answered " + added.status() + " " + added.text());
            if (added.status() == 201) {
                Inspection.Document gaps = Inspection.pdf(download(Caller.PLANNER, bidders + "/"
                        + added.json().get("id").asLong() + "/gaps.pdf").bytes());
                harmless("bidder gaps.pdf", gaps);
                shows("bidder gaps.pdf bidder", group, group, gaps);
            }
        }
        String projectName = client.expect(200, Caller.PLANNER, "GET", API + "/rfp/projects/" + projectId, null)
                .get("project").get("name").asString();
        JsonNode exported = client.expect(200, Caller.PLANNER, "GET", API + "/organization/export", null)
                .get("rfpProjects").valueStream()
                .filter(p -> p.get("name").asString().equals(projectName))
                .findFirst().orElseThrow();
        for (String name : names) {
            check(exported.get("bidders").valueStream().anyMatch(b -> b.get("bidder").asString().equals(name.strip())
                    && b.get("statement").get("vendor").asString().equals(name)), "organization export bidders",
                    name, "no bidder with this name and statement");
        }
        assertNoFailures();
    }

    // Products -------------------------------------------------------------------------------------

    @Test
    void productsAndStatementsAreKeptExactlyAndPrintedAsText() {
        List<String> names = Corpus.groups(Corpus.withLong(CORPUS, FieldLimits.NAME), FieldLimits.NAME);
        List<String> versions = Corpus.groups(Corpus.withLong(CORPUS, FieldLimits.VERSION), FieldLimits.VERSION);
        List<String> links = Corpus.groups(Corpus.withLong(CORPUS, FieldLimits.LINK), FieldLimits.LINK);
        long scopeProject = smallProject("Gap scope");
        int nextVersion = 0;
        for (int k = 0; k < names.size() || nextVersion < versions.size(); k++) {
            String vendor = names.get(k % names.size());
            String name = names.get((k + 1) % names.size());
            // A gap report prints the name and the version on one line, where a right-to-left override
            // in the name would turn the version around too: such a name gets a plain version.
            boolean turns = Corpus.turnsText(name);
            String version = turns ? "1.0" : versions.get(nextVersion++ % versions.size());
            String revision = turns ? "1.0" : versions.get(nextVersion++ % versions.size());
            String link = links.get(k % links.size());
            IntegrationStatement statement = new IntegrationStatement(vendor, name, version, LocalDate.of(2026, 11, 1),
                    revision, new StatementLinks(link, link, link), ProbeClient.statement("v", "p", "1", "",
                            new StatementLinks("", "", "")).profiles());
            Answer created = client.call(Caller.VENDOR, "POST", API + "/products", StatementJson.write(statement));
            check(created.status() == 201, "POST /products", vendor, "answered " + created.status() + " "
                    + created.text());
            if (created.status() != 201) {
                continue;
            }
            long id = created.json().get("product").get("id").asLong();
            json("POST /products product.name", name, name.strip(), created.json().get("product").get("name"));
            json("POST /products product.productVersion", version, version.strip(),
                    created.json().get("product").get("productVersion"));
            json("POST /products product.vendor", vendor, vendor, created.json().get("product").get("vendor"));
            JsonNode listed = client.expect(200, Caller.PLANNER, "GET", API + "/products", null).valueStream()
                    .filter(p -> p.get("id").asLong() == id).findFirst().orElse(null);
            json("GET /products name", name, name.strip(), listed == null ? null : listed.get("name"));
            json("GET /products vendor", vendor, vendor, listed == null ? null : listed.get("vendor"));

            String product = API + "/products/" + id;
            Answer statementJson = download(Caller.PLANNER, product + "/statement.json");
            attachmentName("statement.json", statementJson);
            for (JsonNode read : List.of(created.json().get("statement"), ProbeClient.JSON.readTree(statementJson.text()))) {
                json("statement vendor", vendor, vendor, read.get("vendor"));
                json("statement productName", name, name, read.get("productName"));
                json("statement version", version, version, read.get("version"));
                json("statement revision", revision, revision, read.get("revision"));
                json("statement link", link, link, read.get("links").get("vendorIheInformation"));
            }
            Answer statementCsv = download(Caller.PLANNER, product + "/statement.csv");
            attachmentName("statement.csv", statementCsv);
            csv("statement.csv", List.of(), UnaryOperator.identity(), statementCsv.bytes());

            Answer pdf = download(Caller.PLANNER, product + "/statement.pdf");
            attachmentName("statement.pdf", pdf);
            Inspection.Document statementPdf = Inspection.pdf(pdf.bytes());
            harmless("statement.pdf", statementPdf);
            shows("statement.pdf vendor", vendor, vendor, statementPdf);
            shows("statement.pdf product name", name, name, statementPdf);
            shows("statement.pdf version", version, version, statementPdf);
            shows("statement.pdf revision", revision, revision, statementPdf);
            shows("statement.pdf link", link, link, statementPdf);

            String scope = "?project=" + scopeProject;
            JsonNode gaps = client.expect(200, Caller.PLANNER, "GET", product + "/gaps" + scope, null);
            json("GET gaps product", name, name + " " + version, gaps.get("product"));
            Answer gapsPdf = download(Caller.PLANNER, product + "/gaps.pdf" + scope);
            attachmentName("gaps.pdf", gapsPdf);
            Inspection.Document gapReport = Inspection.pdf(gapsPdf.bytes());
            harmless("gaps.pdf", gapReport);
            shows("gaps.pdf product name", name, name, gapReport);
            shows("gaps.pdf version", version, version, gapReport);
        }
        assertNoFailures();
    }

    // Organizations and users ----------------------------------------------------------------------

    @Test
    void organizationAndUserNamesAreKeptExactly() {
        List<String> groups = Corpus.groups(Corpus.withLong(CORPUS, FieldLimits.NAME), FieldLimits.NAME);
        String run = unique("");
        Map<Long, String> organizations = new LinkedHashMap<>();
        for (String group : groups) {
            // Organization names are unique: the run's mark makes them so, where it fits.
            String sent = group.length() + run.length() > FieldLimits.NAME ? group : group + run;
            Answer created = client.call(Caller.ADMIN, "POST", API + "/admin/organizations", map("name", sent));
            check(created.status() == 201, "POST /admin/organizations", group, "answered " + created.status() + " "
                    + created.text());
            if (created.status() == 201) {
                json("POST /admin/organizations name", group, sent.strip(), created.json().get("name"));
                organizations.put(created.json().get("id").asLong(), sent.strip());
            }
        }
        JsonNode listed = client.expect(200, Caller.ADMIN, "GET", API + "/admin/organizations", null);
        JsonNode audit = client.expect(200, Caller.ADMIN, "GET", API + "/admin/audit?limit=1000", null);
        organizations.forEach((id, name) -> {
            json("GET /admin/organizations name", name, name, listed.valueStream()
                    .filter(o -> o.get("id").asLong() == id).findFirst().map(o -> o.get("name")).orElse(null));
            json("GET /admin/audit detail", name, name, audit.valueStream()
                    .filter(e -> "organization".equals(e.get("subjectType").asString())
                            && String.valueOf(id).equals(e.get("subjectId").asString())
                            && "created".equals(e.get("action").asString()))
                    .findFirst().map(e -> e.get("detail")).orElse(null));
            json("organization export name", name, name, client.expect(200, Caller.ADMIN, "GET",
                    API + "/admin/organizations/" + id + "/export", null).get("organization").get("name"));
        });

        long home = organizations.keySet().iterator().next();
        Map<Long, String> users = new LinkedHashMap<>();
        for (String group : groups) {
            Answer created = client.call(Caller.ADMIN, "POST", API + "/admin/users", map("username",
                    "corpus-" + java.util.UUID.randomUUID().toString().substring(0, 8), "displayName", group,
                    "role", "PLANNER", "organizationId", home, "password", "Corpus-password-1"));
            check(created.status() == 201, "POST /admin/users", group, "answered " + created.status() + " "
                    + created.text());
            if (created.status() == 201) {
                json("POST /admin/users displayName", group, group.strip(), created.json().get("displayName"));
                users.put(created.json().get("id").asLong(), group);
            }
        }
        for (JsonNode u : client.expect(200, Caller.ADMIN, "GET", API + "/admin/users", null)) {
            String group = users.get(u.get("id").asLong());
            if (group != null) {
                json("GET /admin/users displayName", group, group.strip(), u.get("displayName"));
            }
        }
        JsonNode members = client.expect(200, Caller.ADMIN, "GET", API + "/admin/organizations/" + home + "/export", null)
                .get("members");
        for (String group : users.values()) {
            check(members.valueStream().anyMatch(m -> m.get("displayName").asString().equals(group.strip())),
                    "organization export members", group, "no member with this name");
        }
        assertNoFailures();
    }
}
