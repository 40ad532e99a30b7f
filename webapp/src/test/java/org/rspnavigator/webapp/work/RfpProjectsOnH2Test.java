package org.rspnavigator.webapp.work;

/** The RFP scenarios on the embedded default database, H2. */
class RfpProjectsOnH2Test extends RfpProjectScenarios {
}
