package org.rspnavigator.webapp.accounts;

import org.rspnavigator.webapp.testing.PostgresRequired;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scenarios on PostgreSQL, the production database: the server that {@code .ci/postgres}
 * starts on loopback. Without it the tests fail and say how to start it.
 */
@ActiveProfiles("postgres")
@ExtendWith(PostgresRequired.class)
public class AccountsAndWorkOnPostgresIT extends AccountsAndWorkScenarios {
}
