package org.rspnavigator.webapp.rfp;

/** The evaluation scenarios on the embedded H2 database. */
class EvaluationOnH2Test extends EvaluationScenarios {
}
