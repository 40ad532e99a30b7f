package org.rspnavigator.webapp.rfp;

/** The RFP scenarios on the embedded default database, H2. */
class RfpProjectsOnH2Test extends RfpProjectScenarios {
}
