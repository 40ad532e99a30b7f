package org.rspnavigator.procurement.evaluation;

import java.util.Objects;
import java.util.Optional;

import org.rspnavigator.procurement.response.Answer;
import org.rspnavigator.procurement.response.BidderAnswer;
import org.rspnavigator.procurement.statement.Fit;
import org.rspnavigator.procurement.statement.GapRow;

/**
 * A bidder's answer to one requirement beside what its Integration Statements (IHE actors and
 * options, DICOM, HL7 and terminology parts) show for it, and whether the two disagree.
 *
 * <ul>
 * <li>"Comply" where the statements do not claim the requirement, or claim it only in part, or
 * declare products of another kind: {@link EvidenceFlag#CONTRADICTED}, with the statements' gap.</li>
 * <li>"No", "Partial" or "Roadmap" where the statements claim it: {@link EvidenceFlag#UNDERSTATED};
 * the bidder may offer more than it says, or the statement may claim more than the product does.</li>
 * </ul>
 *
 * Nothing is flagged where there is no answer, no statement, or nothing a statement can show
 * ({@link Fit#NOT_ASSESSED}).
 *
 * @param answer   the bidder's answer; empty when it gave none
 * @param evidence what its statements show; empty when it submitted none
 * @param flag     how they disagree, if they do
 * @param message  the disagreement in a sentence; "" when there is none
 */
public record AnswerCheck(Optional<BidderAnswer> answer, Optional<GapRow> evidence, Optional<EvidenceFlag> flag,
        String message) {

    public AnswerCheck {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(message, "message");
    }

    /** {@code answer} held against {@code evidence}; either may be missing. */
    public static AnswerCheck of(Optional<BidderAnswer> answer, Optional<GapRow> evidence) {
        if (answer.isEmpty() || evidence.isEmpty()) {
            return new AnswerCheck(answer, evidence, Optional.empty(), "");
        }
        Answer a = answer.get().answer();
        GapRow row = evidence.get();
        Fit fit = row.fit();
        if (a == Answer.COMPLY && (fit == Fit.NOT_MET || fit == Fit.PARTLY_MET || fit == Fit.NOT_APPLICABLE)) {
            String shows = switch (fit) {
                case NOT_MET -> "its Integration Statements do not support it";
                case PARTLY_MET -> "its Integration Statements support it only in part";
                default -> "its Integration Statements declare products of another kind";
            };
            return new AnswerCheck(answer, evidence, Optional.of(EvidenceFlag.CONTRADICTED),
                    "Answers Comply, but " + shows + ": " + row.explanation());
        }
        boolean claimed = fit == Fit.MET || fit == Fit.MET_WITH_TRANSITION;
        if (claimed && (a == Answer.NO || a == Answer.PARTIAL || a == Answer.ROADMAP)) {
            return new AnswerCheck(answer, evidence, Optional.of(EvidenceFlag.UNDERSTATED),
                    "Answers " + a.label() + ", but its Integration Statements claim it: " + row.explanation());
        }
        return new AnswerCheck(answer, evidence, Optional.empty(), "");
    }
}
