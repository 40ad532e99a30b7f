package org.rspnavigator.webapp.products;

import org.rspnavigator.webapp.accounts.AccountsAndWorkOnPostgresIT;
import org.rspnavigator.webapp.testing.PostgresRequired;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/** The product scenarios on PostgreSQL, the production database (see {@link AccountsAndWorkOnPostgresIT}). */
@ActiveProfiles("postgres")
@ExtendWith(PostgresRequired.class)
class ProductsOnPostgresIT extends ProductScenarios {
}
