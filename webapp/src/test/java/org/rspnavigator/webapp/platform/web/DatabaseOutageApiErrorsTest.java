package org.rspnavigator.webapp.platform.web;

import org.rspnavigator.webapp.platform.web.DatabaseUnavailable;

import org.rspnavigator.webapp.platform.web.ApiErrors;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's answer when the database cannot be reached: 503 with Retry-After and a problem
 * document that says to try again, never a 500 or internal details; other errors keep theirs.
 */
class DatabaseOutageApiErrorsTest {

    /** Fails the way the services fail when the database goes away in the middle of a request. */
    @RestController
    static class FailingController {
        @GetMapping("/api/v1/failing/{how}")
        String fail(@PathVariable String how) {
            SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                    "HikariPool-1 - Connection is not available, request timed out after 3001ms", "08001");
            throw switch (how) {
                case "no-connection" -> new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction", timeout);
                case "connection-lost" -> new DataAccessResourceFailureException("An I/O error occurred",
                        new SQLException("An I/O error occurred while sending to the backend.", "08006"));
                case "commit-lost" -> new TransactionSystemException("Could not commit JPA transaction",
                        new SQLException("This connection has been closed.", "08003"));
                case "timeout" -> new QueryTimeoutException("canceling statement due to statement timeout");
                case "stale" -> new ObjectOptimisticLockingFailureException("Shortlist", 1L);
                default -> new IllegalStateException("a bug");
            };
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ApiErrors()).build();

    @Test
    void anOutageIsA503WithRetryAfterAndNothingInternal() throws Exception {
        for (String how : new String[] {"no-connection", "connection-lost", "commit-lost", "timeout"}) {
            mvc.perform(get("/api/v1/failing/" + how))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS)))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.title").value("Database unavailable"))
                    .andExpect(jsonPath("$.detail").value(DatabaseUnavailable.DETAIL))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Hikari"))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
        }
    }

    @Test
    void otherErrorsKeepTheirAnswers() throws Exception {
        mvc.perform(get("/api/v1/failing/stale")).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/failing/bug")).andExpect(status().isInternalServerError())
                .andExpect(header().doesNotExist("Retry-After"))
                .andExpect(jsonPath("$.detail").value("The server could not answer this request. The error has been logged."));
    }
}
