package org.rspnavigator.webapp.platform;

import org.rspnavigator.webapp.shortlists.Shortlist;
import org.rspnavigator.webapp.testing.ApplicationProcess;
import org.rspnavigator.webapp.testing.Http;
import org.rspnavigator.webapp.testing.PostgresRequired;
import org.rspnavigator.webapp.testing.TestSchema;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The application is killed (SIGKILL, as in a crash or a power cut) while several clients save RFP
 * project revisions and shortlists, then started again on the same database. Every save the
 * clients got a 2xx answer for is there with what was sent; a save that got no answer is there
 * completely or not at all; and every project's {@code revision} equals the number of revisions
 * stored for it, because each save is one transaction. Runs the packaged jar as a separate process
 * on a PostgreSQL schema of its own.
 */
@ExtendWith(PostgresRequired.class)
class KillDuringSavesPostgresIT {

    private static final String ADMIN_PASSWORD = "Admin-password-for-the-kill-test";
    private static final String PLANNER = "kimkill";
    private static final String PLANNER_PASSWORD = "Planner-password-for-the-kill-test";
    private static final int CLIENTS = 3;
    private static final int SAVES_BEFORE_KILL = 4;
    // Generous: on a busy two-core machine the jar takes well over its usual 5 s to answer.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> STANDARDS = List.of("ihe-swf-b", "dicom-mwl", "ihe-rem", "ihe-xds-i-b", "loinc",
            "dicom-tls", "ihe-atna", "hl7-oru");

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void everyAcknowledgedSaveSurvivesAKillAndNoSaveIsHalfWritten(@TempDir Path directory) throws Exception {
        long began = System.nanoTime();
        try (TestSchema schema = TestSchema.create()) {
            Map<String, String> environment = Map.of("RSP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                    "SPRING_DATASOURCE_URL", schema.url(), "SPRING_DATASOURCE_USERNAME", TestSchema.user(),
                    "SPRING_DATASOURCE_PASSWORD", TestSchema.password());

            List<Client> clients = new ArrayList<>();
            try (ApplicationProcess first = ApplicationProcess.start(directory, "first-run", environment)) {
                first.awaitReady(START_TIMEOUT);
                Api admin = new Api(first.port(), "admin", ADMIN_PASSWORD);
                awaitAdministrator(admin);
                createPlanner(admin);

                List<Thread> threads = new ArrayList<>();
                for (int i = 1; i <= CLIENTS; i++) {
                    Client client = new Client(i, new Api(first.port(), PLANNER, PLANNER_PASSWORD));
                    clients.add(client);
                    Thread thread = new Thread(client, "saving-client-" + i);
                    threads.add(thread);
                    thread.start();
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (clients.stream().anyMatch(c -> c.acknowledged < SAVES_BEFORE_KILL && !c.finished)
                        && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(100, 600));
                first.kill();
                for (Thread thread : threads) {
                    thread.join(TimeUnit.SECONDS.toMillis(30));
                    assertThat(thread.isAlive()).as(thread.getName() + " stopped after the kill").isFalse();
                }
                for (Client client : clients) {
                    assertThat(client.unexpected).as("answers other than 2xx before the kill").isEmpty();
                    assertThat(client.acknowledged).as("saves of client " + client.number + " before the kill")
                            .isGreaterThanOrEqualTo(SAVES_BEFORE_KILL);
                }
            }
            long unanswered = clients.stream().filter(c -> c.unanswered != null).count();
            assertThat(unanswered).as("clients that were saving when the application was killed").isPositive();

            try (ApplicationProcess second = ApplicationProcess.start(directory, "second-run", environment)) {
                second.awaitReady(START_TIMEOUT);
                if (ApplicationProcess.withAotCache()) {
                    // The first start made the cache (or found it made by an earlier test); this one uses it.
                    assertThat(second.output()).as("the second start's output")
                            .contains("starting with the ahead-of-time cache")
                            .doesNotContain("making the ahead-of-time cache");
                }
                Api planner = new Api(second.port(), PLANNER, PLANNER_PASSWORD);
                List<String> outcomes = new ArrayList<>();
                for (Client client : clients) {
                    outcomes.add(client.verify(planner));
                }
                try (Connection db = schema.connect()) {
                    assertStoredConsistently(db, planner);
                    assertNothingUnknownWasStored(db, clients);
                }
                System.out.printf("Killed during saves: %d saves acknowledged, %s; the whole test took %d s%n",
                        clients.stream().mapToInt(c -> c.acknowledged).sum(), String.join(", ", outcomes),
                        Duration.ofNanos(System.nanoTime() - began).toSeconds());
            }
        }
    }

    /** The administrator is created just after the application starts answering: wait for it. */
    private static void awaitAdministrator(Api admin) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Api.Answer me = admin.send("GET", "/api/v1/me", null);
        while (me.status() == 401 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            me = admin.send("GET", "/api/v1/me", null);
        }
        assertThat(me.status()).as("the administrator signing in: " + me.body()).isEqualTo(200);
    }

    private static void createPlanner(Api admin) {
        Api.Answer org = admin.send("POST", "/api/v1/admin/organizations", Map.of("name", "Kill Test Hospital"));
        assertThat(org.status()).as(org.body()).isEqualTo(201);
        String oneTime = "One-time-" + PLANNER_PASSWORD;
        Api.Answer user = admin.send("POST", "/api/v1/admin/users", Map.of("username", PLANNER, "displayName",
                "Kim Kill", "role", "PLANNER", "organizationId", org.json().get("id").asLong(), "password", oneTime));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        Api.Answer changed = new Api(admin.port(), PLANNER, oneTime).send("PUT", "/api/v1/me/password",
                Map.of("currentPassword", oneTime, "newPassword", PLANNER_PASSWORD));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    }

    /** Through JDBC: each project's revision, its stored revisions and its audit entries agree, and every draft reads. */
    private static void assertStoredConsistently(Connection db, Api planner) throws SQLException {
        List<String> problems = new ArrayList<>();
        List<Long> projects = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                select p.id, p.revision, count(r.id), coalesce(min(r.revision), 0), coalesce(max(r.revision), 0),
                       sum(case when r.revision = p.revision and r.content = p.content then 1 else 0 end),
                       (select count(*) from audit_event a
                        where a.subject_type = 'rfp-project' and a.subject_id = cast(p.id as varchar))
                  from rfp_project p left join rfp_project_revision r on r.project_id = p.id
                group by p.id, p.revision, p.content order by p.id""")) {
            while (r.next()) {
                long id = r.getLong(1);
                int revision = r.getInt(2);
                projects.add(id);
                if (r.getInt(3) != revision || r.getInt(4) != 1 || r.getInt(5) != revision) {
                    problems.add("project " + id + " is at revision " + revision + " but has " + r.getInt(3)
                            + " stored revisions numbered " + r.getInt(4) + " to " + r.getInt(5));
                }
                if (r.getInt(6) != 1) {
                    problems.add("project " + id + ": its content is not that of its revision " + revision);
                }
                if (r.getInt(7) != revision) {
                    problems.add("project " + id + " has " + revision + " revisions but " + r.getInt(7) + " audit entries");
                }
            }
        }
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                select l.id, l.version, count(ls.position), coalesce(max(ls.position), -1),
                       (select count(*) from audit_event a
                        where a.subject_type = 'shortlist' and a.subject_id = cast(l.id as varchar))
                  from shortlist l left join shortlist_standard ls on ls.shortlist_id = l.id
                group by l.id, l.version order by l.id""")) {
            while (r.next()) {
                if (r.getInt(3) == 0 || r.getInt(4) != r.getInt(3) - 1) {
                    problems.add("shortlist " + r.getLong(1) + " has " + r.getInt(3) + " standards at positions up to "
                            + r.getInt(4));
                }
                if (r.getLong(5) != r.getLong(2) + 1) {
                    problems.add("shortlist " + r.getLong(1) + " is at version " + r.getLong(2) + " but has "
                            + r.getLong(5) + " audit entries");
                }
            }
        }
        assertThat(problems).as("stored inconsistently").isEmpty();

        // Every stored draft reads: the project and each of its revisions answer 200.
        for (long id : projects) {
            Api.Answer project = planner.send("GET", "/api/v1/rfp/projects/" + id, null);
            assertThat(project.status()).as("project " + id + ": " + project.body()).isEqualTo(200);
            int revision = project.json().get("project").get("revision").asInt();
            for (int n = 1; n <= revision; n++) {
                Api.Answer saved = planner.send("GET", "/api/v1/rfp/projects/" + id + "/revisions/" + n, null);
                assertThat(saved.status()).as("project " + id + " revision " + n + ": " + saved.body()).isEqualTo(200);
            }
        }
    }

    /** Nothing is stored that no client sent: every project and shortlist is one the clients created or tried to. */
    private static void assertNothingUnknownWasStored(Connection db, List<Client> clients) throws SQLException {
        List<String> known = new ArrayList<>();
        for (Client c : clients) {
            c.projects.values().forEach(p -> known.add("project " + p.id));
            c.shortlists.values().forEach(l -> known.add("shortlist " + l.id));
            known.addAll(c.foundUnansweredCreations);
        }
        List<String> stored = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "select 'project ' || id from rfp_project union all select 'shortlist ' || id from shortlist")) {
            while (r.next()) {
                stored.add(r.getString(1));
            }
        }
        assertThat(stored).containsExactlyInAnyOrderElementsOf(known);
    }

    // ------------------------------------------------------------------------------------ clients

    /** A project as one client saved it: what each acknowledged revision holds. */
    private static final class Project {
        final long id;
        final int index;
        long version;
        ObjectNode draft;
        final TreeMap<Integer, JsonNode> acknowledged = new TreeMap<>();

        Project(long id, int index) {
            this.id = id;
            this.index = index;
        }

        int revision() {
            return acknowledged.lastKey();
        }
    }

    /** A shortlist as one client saved it: the content of its last acknowledged save. */
    private static final class Shortlist {
        final long id;
        long version;
        Map<String, Object> content;

        Shortlist(long id) {
            this.id = id;
        }
    }

    /** A save that got no answer: which item, and what it would hold if it was written. */
    private record Unanswered(String kind, Long id, String name, Object content) {
    }

    /**
     * Saves in a loop as one planner would, many times faster: new projects, revisions of them, and
     * shortlists. It stops at the first request that gets no answer, noting what that save was.
     */
    private static final class Client implements Runnable {

        final int number;
        final Api api;
        final Map<Long, Project> projects = new LinkedHashMap<>();
        final Map<Long, Shortlist> shortlists = new LinkedHashMap<>();
        final List<String> unexpected = new ArrayList<>();
        final List<String> foundUnansweredCreations = new ArrayList<>();
        volatile int acknowledged;
        volatile boolean finished;
        volatile Unanswered unanswered;

        Client(int number, Api api) {
            this.number = number;
            this.api = api;
        }

        @Override
        public void run() {
            try {
                for (int step = 0; unanswered == null && unexpected.isEmpty(); step++) {
                    if (projects.isEmpty() || step % 7 == 0) {
                        createProject();
                    } else if (step % 3 == 0) {
                        saveShortlist(step);
                    } else {
                        saveRevision(new ArrayList<>(projects.values()).getLast(), step);
                    }
                }
            } finally {
                finished = true;
            }
        }

        private String projectName(int index, int revision) {
            return "Kill test client " + number + " project " + index + " revision " + revision;
        }

        private void createProject() {
            int index = projects.size() + 1;
            String name = projectName(index, 1);
            Map<String, Object> spec = Map.of("projectName", name, "organization", "Kill Test Hospital",
                    "region", "europe", "useCases", List.of("device-to-department"),
                    "systems", List.of(Map.of("systemType", "pacs", "quantity", 1, "notes", "")));
            Api.Answer answer = api.sendOrNull("POST", "/api/v1/rfp/projects", Map.of("spec", spec));
            if (answered(answer, 201, new Unanswered("project", null, name, null))) {
                Project p = new Project(answer.json().get("project").get("id").asLong(), index);
                p.version = answer.json().get("project").get("version").asLong();
                p.draft = (ObjectNode) answer.json().get("draft");
                p.acknowledged.put(1, answer.json().get("draft"));
                projects.put(p.id, p);
                acknowledged++;
            }
        }

        private void saveRevision(Project p, int step) {
            int next = p.revision() + 1;
            ObjectNode draft = p.draft.deepCopy();
            ((ObjectNode) draft.get("spec")).put("projectName", projectName(p.index, next));
            ObjectNode requirement = (ObjectNode) draft.get("requirements").get(step % draft.get("requirements").size());
            requirement.put("level", requirement.get("level").asString().equals("shall") ? "should" : "shall");
            // Lowering a SHALL the portfolio proposed needs a reason.
            requirement.put("changeReason", "Changed at step " + step + ".");
            Api.Answer answer = api.sendOrNull("PUT", "/api/v1/rfp/projects/" + p.id,
                    Map.of("version", p.version, "draft", draft));
            if (answered(answer, 200, new Unanswered("revision", p.id, projectName(p.index, next), draft))) {
                assertThat(answer.json().get("project").get("revision").asInt()).isEqualTo(next);
                p.version = answer.json().get("project").get("version").asLong();
                p.draft = (ObjectNode) answer.json().get("draft");
                p.acknowledged.put(next, answer.json().get("draft"));
                acknowledged++;
            }
        }

        private void saveShortlist(int step) {
            Map<String, Object> content = new LinkedHashMap<>();
            List<String> standards = new ArrayList<>(STANDARDS.subList(0, 1 + step % STANDARDS.size()));
            java.util.Collections.rotate(standards, step);
            content.put("description", "Saved at step " + step + ".");
            content.put("filter", "group=preferred");
            content.put("standards", standards);
            if (shortlists.isEmpty() || step % 4 == 0) {
                String name = "Kill test client " + number + " shortlist " + (shortlists.size() + 1);
                content.put("name", name);
                Api.Answer answer = api.sendOrNull("POST", "/api/v1/shortlists", content);
                if (answered(answer, 201, new Unanswered("shortlist", null, name, content))) {
                    Shortlist s = new Shortlist(answer.json().get("id").asLong());
                    s.version = answer.json().get("version").asLong();
                    s.content = content;
                    shortlists.put(s.id, s);
                    acknowledged++;
                }
            } else {
                Shortlist s = new ArrayList<>(shortlists.values()).getLast();
                content.put("name", s.content.get("name") + " at step " + step);
                Map<String, Object> update = new LinkedHashMap<>(content);
                update.put("version", s.version);
                Api.Answer answer = api.sendOrNull("PUT", "/api/v1/shortlists/" + s.id, update);
                if (answered(answer, 200, new Unanswered("shortlist change", s.id, (String) content.get("name"),
                        content))) {
                    s.version = answer.json().get("version").asLong();
                    s.content = content;
                    acknowledged++;
                }
            }
        }

        /** True for the expected answer; notes a save without an answer, or any other answer. */
        private boolean answered(Api.Answer answer, int expected, Unanswered ifNone) {
            if (answer == null) {
                unanswered = ifNone;
                return false;
            }
            if (answer.status() != expected) {
                unexpected.add(answer.status() + " " + answer.body());
                return false;
            }
            return true;
        }

        /** After the restart: everything acknowledged is there as acknowledged; the unanswered save all or nothing. */
        String verify(Api planner) {
            Unanswered open = unanswered;
            for (Project p : projects.values()) {
                Api.Answer stored = planner.send("GET", "/api/v1/rfp/projects/" + p.id, null);
                assertThat(stored.status()).as("acknowledged project " + p.id + ": " + stored.body()).isEqualTo(200);
                int revision = stored.json().get("project").get("revision").asInt();
                boolean pending = open != null && open.kind().equals("revision") && open.id() == p.id;
                if (pending) {
                    assertThat(revision).as("project " + p.id + " after a save without an answer")
                            .isIn(p.revision(), p.revision() + 1);
                } else {
                    assertThat(revision).as("project " + p.id + ": its last acknowledged revision").isEqualTo(p.revision());
                }
                Api.Answer revisions = planner.send("GET", "/api/v1/rfp/projects/" + p.id + "/revisions", null);
                assertThat(revisions.json().size()).as("revisions listed for project " + p.id).isEqualTo(revision);
                for (int n = 1; n <= revision; n++) {
                    Api.Answer saved = planner.send("GET", "/api/v1/rfp/projects/" + p.id + "/revisions/" + n, null);
                    assertThat(saved.status()).as("project " + p.id + " revision " + n).isEqualTo(200);
                    if (p.acknowledged.containsKey(n)) {
                        assertThat(saved.json()).as("project " + p.id + " revision " + n + " as acknowledged")
                                .isEqualTo(p.acknowledged.get(n));
                    } else {
                        assertThat(saved.json().get("spec").get("projectName").asString())
                                .as("project " + p.id + " revision " + n + ", saved without an answer").isEqualTo(open.name());
                        assertThat(levels(saved.json())).as("the levels of that revision")
                                .isEqualTo(levels((JsonNode) open.content()));
                    }
                }
                assertThat(stored.json().get("draft")).as("project " + p.id + " holds its last revision")
                        .isEqualTo(planner.send("GET", "/api/v1/rfp/projects/" + p.id + "/revisions/" + revision, null)
                                .json());
            }
            for (Shortlist s : shortlists.values()) {
                Api.Answer stored = planner.send("GET", "/api/v1/shortlists/" + s.id, null);
                assertThat(stored.status()).as("acknowledged shortlist " + s.id).isEqualTo(200);
                boolean pending = open != null && open.kind().equals("shortlist change") && open.id() == s.id;
                Map<String, Object> expected = pending && stored.json().get("version").asLong() != s.version
                        ? castContent(open.content()) : s.content;
                assertThat(stored.json().get("version").asLong()).isIn(s.version, pending ? s.version + 1 : s.version);
                assertThat(stored.json().get("name").asString()).isEqualTo(expected.get("name"));
                assertThat(stored.json().get("description").asString()).isEqualTo(expected.get("description"));
                assertThat(Api.JSON.convertValue(stored.json().get("standards"), List.class))
                        .isEqualTo(expected.get("standards"));
            }
            if (open == null) {
                return "client " + number + ": every save answered";
            }
            boolean written = false;
            if (open.kind().equals("project") || open.kind().equals("shortlist")) {
                String path = open.kind().equals("project") ? "/api/v1/rfp/projects" : "/api/v1/shortlists";
                List<JsonNode> found = new ArrayList<>();
                planner.send("GET", path, null).json().forEach(item -> {
                    if (item.get("name").asString().equals(open.name())) {
                        found.add(item);
                    }
                });
                assertThat(found).as(open.kind() + " created without an answer: there at most once").hasSizeLessThan(2);
                written = !found.isEmpty();
                if (written) {
                    long id = found.getFirst().get("id").asLong();
                    foundUnansweredCreations.add((open.kind().equals("project") ? "project " : "shortlist ") + id);
                    Api.Answer whole = planner.send("GET", path + "/" + id, null);
                    assertThat(whole.status()).isEqualTo(200);
                    if (open.kind().equals("project")) {
                        assertThat(whole.json().get("project").get("revision").asInt()).isEqualTo(1);
                    } else {
                        assertThat(Api.JSON.convertValue(whole.json().get("standards"), List.class))
                                .isEqualTo(castContent(open.content()).get("standards"));
                    }
                }
            } else if (open.kind().equals("revision")) {
                Project p = projects.get(open.id());
                written = planner.send("GET", "/api/v1/rfp/projects/" + p.id, null).json().get("project")
                        .get("revision").asInt() > p.revision();
            } else {
                written = planner.send("GET", "/api/v1/shortlists/" + open.id(), null).json().get("version")
                        .asLong() > shortlists.get(open.id()).version;
            }
            return "client " + number + ": a " + open.kind() + " without an answer, " + (written ? "written whole" : "not written");
        }

        /** Each requirement's number and level, in order. */
        private static List<String> levels(JsonNode draft) {
            List<String> levels = new ArrayList<>();
            draft.get("requirements").forEach(r -> levels.add(r.get("number").asString() + " " + r.get("level").asString()));
            return levels;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> castContent(Object content) {
            return (Map<String, Object>) content;
        }
    }

    /** A small HTTP client for the application process: JSON in and out, HTTP Basic for one user. */
    private record Api(int port, String user, String password) {

        static final tools.jackson.databind.json.JsonMapper JSON = Http.JSON;
        private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        record Answer(int status, String body) {
            JsonNode json() {
                return JSON.readTree(body);
            }
        }

        /** The answer, or null when none came (the process is gone). */
        Answer sendOrNull(String method, String path, Object body) {
            try {
                return exchange(method, path, body);
            } catch (IOException noAnswer) {
                return null;
            }
        }

        Answer send(String method, String path, Object body) {
            try {
                return exchange(method, path, body);
            } catch (IOException e) {
                throw new AssertionError(method + " " + path + " got no answer", e);
            }
        }

        private Answer exchange(String method, String path, Object body) throws IOException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .header("Content-Type", "application/json");
            }
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
