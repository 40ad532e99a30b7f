package org.rspnavigator.procurement.response;

import java.util.List;

/**
 * A bidder's returned response matrix, read and checked against the revision of the project it is
 * held against.
 *
 * @param answeredRevision the revision the matrix was made for, as it says; 0 when it does not say
 * @param answers          the answers, in the file's order, one per requirement answered
 * @param unanswered       the numbers of the revision's requirements the matrix does not answer
 * @param changed          the numbers of requirements whose text in the matrix differs from the
 *                         revision's (the matrix was made for another revision); matched by number
 */
public record BidderResponse(int answeredRevision, List<BidderAnswer> answers, List<String> unanswered,
        List<String> changed) {

    public BidderResponse {
        answers = List.copyOf(answers);
        unanswered = List.copyOf(unanswered);
        changed = List.copyOf(changed);
    }
}
