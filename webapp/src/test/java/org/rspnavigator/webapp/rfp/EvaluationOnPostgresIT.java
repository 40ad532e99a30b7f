package org.rspnavigator.webapp.rfp;

import org.rspnavigator.webapp.testing.PostgresRequired;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/** The evaluation scenarios on PostgreSQL, the production database. */
@ActiveProfiles("postgres")
@ExtendWith(PostgresRequired.class)
class EvaluationOnPostgresIT extends EvaluationScenarios {
}
