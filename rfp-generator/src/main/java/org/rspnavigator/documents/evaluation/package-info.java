/**
 * The evaluation of bids ({@link org.rspnavigator.procurement.evaluation.Evaluation}) as files: a
 * CSV and a workbook of every bidder's answers, evidence and scores for the evaluation spreadsheet,
 * and a tagged PDF report for the procurement board to sign off (how the bids were evaluated, the
 * ranking, and per bidder the knock-outs it fails, the answers its statements contradict and the
 * scores the evaluators disagree on).
 */
package org.rspnavigator.documents.evaluation;
