/**
 * The evaluation of bids: each bidder's answers to the response matrix held against the evidence
 * of its IHE Integration Statements ({@link org.rspnavigator.procurement.evaluation.AnswerCheck}),
 * the planner's weights and knock-out requirements
 * ({@link org.rspnavigator.procurement.evaluation.EvaluationPlan}), the evaluators' independent
 * scores ({@link org.rspnavigator.procurement.evaluation.Score}), and the result of putting them
 * together ({@link org.rspnavigator.procurement.evaluation.Evaluation}): weighted totals, knock-outs
 * failed and where the evaluators disagree.
 */
package org.rspnavigator.procurement.evaluation;
