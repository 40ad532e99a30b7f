package org.rspnavigator.webapp.rfp;

import org.rspnavigator.webapp.testing.Http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.testing.TestAccounts.PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.rspnavigator.webapp.testing.Http.Answer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A document that takes longer than its budget ({@code rsp.documents.render-budget}, here a
 * fraction of a second) is stopped and answered with a 422 saying so, not with a 503 "try again"
 * after minutes; the place it held is free for the next document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rsp.documents.render-budget=400ms", "rsp.documents.max-concurrent=1"})
@Import(TestAccounts.class)
class SlowDocumentsTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static Map<String, Object> draft(int requirements, int textLength) {
        String text = "The proposed PACS keeps every study readable for the retention period the law sets. "
                .repeat(textLength / 80 + 1).substring(0, textLength);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < requirements; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("number", "PACS-" + (1000 + i));
            r.put("level", "SHALL");
            r.put("system", "pacs");
            r.put("category", "content");
            r.put("standard", "dicom-sr");
            r.put("text", text);
            r.put("rationale", "Planner's own.");
            list.add(r);
        }
        return Map.of("spec", Map.of("projectName", "Slow tender", "useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs"))), "requirements", list);
    }

    @Test
    void aDocumentOverItsBudgetIsStoppedWithA422AndTheNextOneIsMade() {
        long start = System.nanoTime();
        Answer slow = http.send("POST", "/api/v1/rfp/documents/rfp.pdf", PLANNER, PASSWORD, draft(300, 4_000));
        assertThat(slow.status()).as(slow.body()).isEqualTo(422);
        assertThat(slow.json().get("title").asString()).isEqualTo("Document took too long");
        assertThat(slow.detail()).startsWith("The document took longer than 400 ms to make and was stopped.");
        assertThat(System.nanoTime() - start).as("sanity: nanoseconds").isLessThan(30_000_000_000L);

        Answer quick = http.send("POST", "/api/v1/rfp/documents/response-matrix.csv", PLANNER, PASSWORD, draft(3, 100));
        assertThat(quick.status()).as(quick.body()).isEqualTo(200);
        assertThat(quick.body()).contains("PACS-1002");
    }
}
