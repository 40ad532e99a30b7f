package org.rspnavigator.webapp.accounts;

/** The scenarios on the embedded default database, H2. */
class AccountsAndWorkOnH2Test extends AccountsAndWorkScenarios {
}
