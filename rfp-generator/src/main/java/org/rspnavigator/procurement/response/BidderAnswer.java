package org.rspnavigator.procurement.response;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A bidder's answer to one requirement.
 *
 * @param number      the requirement's number ("PACS-07")
 * @param answer      Comply, Partial, Roadmap, No or Not applicable
 * @param roadmapDate the committed delivery date; present exactly when the answer is Roadmap
 * @param evidence    where the bidder's documents show it; "" when not given
 * @param comment     what is missing, the reason, or anything else; "" when not given
 */
public record BidderAnswer(String number, Answer answer, Optional<LocalDate> roadmapDate, String evidence,
        String comment) {

    public BidderAnswer {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(answer, "answer");
        roadmapDate = roadmapDate == null ? Optional.empty() : roadmapDate;
        evidence = evidence == null ? "" : evidence;
        comment = comment == null ? "" : comment;
    }
}
