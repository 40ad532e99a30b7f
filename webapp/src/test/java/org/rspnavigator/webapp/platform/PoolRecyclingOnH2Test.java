package org.rspnavigator.webapp.platform;

import org.rspnavigator.webapp.products.ProductScenarios;
import org.rspnavigator.webapp.testing.Http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.testing.TestAccounts.ADMIN;
import static org.rspnavigator.webapp.testing.TestAccounts.ADMIN_PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER;
import static org.rspnavigator.webapp.testing.TestAccounts.VENDOR;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.rspnavigator.webapp.testing.Http.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.zaxxer.hikari.HikariDataSource;

import tools.jackson.databind.JsonNode;

/**
 * The embedded default database keeps working after the connection pool has retired the
 * connections it opened at start-up, as it does every {@code maxLifetime} (30 minutes).
 *
 * <p>H2 2.4.240 bound an IN-list check constraint to the session that created it: once Flyway's
 * connection was retired, every insert or update of {@code user_account} failed with "Check
 * constraint invalid" (h2database issues 4291, 4302, 4308). This test runs the real default, H2 in
 * a file, retires every pooled connection while the database stays open, then writes every table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class PoolRecyclingOnH2Test {

    private static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory("rsp-h2-recycling");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String url() {
        return "jdbc:h2:file:" + DATA.resolve("rsp-navigator") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PoolRecyclingOnH2Test::url);
        // The pool opens connections only when asked, so that "all retired" can be seen below.
        registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void everyTableCanBeWrittenAfterThePoolHasReplacedItsConnections() throws Exception {
        Http http = new Http(port);
        Map<String, Long> before;
        // A connection outside the pool keeps the database open while the pool replaces all of its own,
        // as in a running application whose connections retire one by one.
        try (Connection outsider = DriverManager.getConnection(url(), "sa", "")) {
            before = rowCounts(outsider);
            HikariDataSource pool = (HikariDataSource) dataSource;
            pool.getHikariPoolMXBean().softEvictConnections();
            // A connection in use at that moment is closed when it comes back to the pool.
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (pool.getHikariPoolMXBean().getTotalConnections() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(pool.getHikariPoolMXBean().getTotalConnections())
                    .as("every connection opened at start-up is gone").isZero();

            writeEveryTable(http);

            Map<String, Long> after = rowCounts(outsider);
            before.forEach((table, rows) -> assertThat(after.get(table)).as("rows in " + table).isGreaterThan(rows));
        }
    }

    private static void writeEveryTable(Http http) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Answer org = http.send("POST", "/api/v1/admin/organizations", ADMIN, ADMIN_PASSWORD,
                Map.of("name", "Recycled Clinic " + tag));
        assertThat(org.status()).as(org.body()).isEqualTo(201);
        Answer user = http.send("POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD, Map.of("username",
                "recycled-" + tag, "displayName", "Re Cycled", "role", "VENDOR", "organizationId",
                org.json().get("id").asLong(), "password", "Recycled-password-" + tag));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        JsonNode account = user.json();
        Answer disabled = http.send("PUT", "/api/v1/admin/users/" + account.get("id").asLong(), ADMIN, ADMIN_PASSWORD,
                Map.of("version", account.get("version").asLong(), "role", "VENDOR", "organizationId",
                        org.json().get("id").asLong(), "enabled", false, "unlock", false));
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);

        Answer shortlist = http.send("POST", "/api/v1/shortlists", PLANNER, PASSWORD, Map.of("name", "After " + tag,
                "description", "", "filter", "", "standards", List.of("dicom-mwl")));
        assertThat(shortlist.status()).as(shortlist.body()).isEqualTo(201);

        Answer project = http.send("POST", "/api/v1/rfp/projects", PLANNER, PASSWORD, Map.of("spec", Map.of(
                "projectName", "Archive " + tag, "organization", "St. Example Hospital", "region", "europe",
                "useCases", List.of("department-to-enterprise"),
                "systems", List.of(Map.of("systemType", "vna", "quantity", 1, "notes", "")))));
        assertThat(project.status()).as(project.body()).isEqualTo(201);
        long projectId = project.json().get("project").get("id").asLong();
        Answer bidder = http.send("POST", "/api/v1/rfp/projects/" + projectId + "/bidders?bidder=Alpha", PLANNER,
                PASSWORD, StatementJson.write(ProductScenarios.pacs("Alpha PACS " + tag, null))
                        .getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(bidder.status()).as(bidder.body()).isEqualTo(201);
        String first = project.json().get("draft").get("requirements").get(0).get("number").asString();
        String base = "/api/v1/rfp/projects/" + projectId;
        Answer response = http.send("POST", base + "/responses?bidder=Alpha", PLANNER, PASSWORD,
                ("Number,Response\r\n" + first + ",Comply\r\n").getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        Answer plan = http.send("PUT", base + "/evaluation/plan?version=0", PLANNER, PASSWORD,
                Map.of("knockOuts", Map.of(first, false)));
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        // The score's range is a check constraint, as the account's role was.
        Answer score = http.send("PUT", base + "/evaluation/scores", PLANNER, PASSWORD, Map.of("bidder", "Alpha",
                "number", first, "score", 5));
        assertThat(score.status()).as(score.body()).isEqualTo(200);

        Answer product = http.send("POST", "/api/v1/products", VENDOR, PASSWORD,
                StatementJson.write(ProductScenarios.pacs("Recycled PACS " + tag, null)));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
    }

    /** Rows in each of the application's tables (Flyway's own history aside). */
    private static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select table_name from "
                + "information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        tables.removeIf(t -> t.equalsIgnoreCase("flyway_schema_history"));
        assertThat(tables).contains("USER_ACCOUNT", "AUDIT_EVENT", "RFP_BIDDER_STATEMENT");
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + table)) {
                r.next();
                counts.put(table, r.getLong(1));
            }
        }
        return counts;
    }
}
