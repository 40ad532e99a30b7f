package org.rspnavigator.webapp.accounts;

import org.rspnavigator.webapp.testing.PostgresRequired;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scenarios on PostgreSQL, the production database: the server the tests start themselves, or
 * the one {@code RSP_TEST_DB_URL} names (see {@link PostgresRequired}).
 */
@ActiveProfiles("postgres")
@ExtendWith(PostgresRequired.class)
public class AccountsAndWorkOnPostgresIT extends AccountsAndWorkScenarios {
}
