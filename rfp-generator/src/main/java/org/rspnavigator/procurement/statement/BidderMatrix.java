package org.rspnavigator.procurement.statement;

import java.util.List;

import org.rspnavigator.procurement.rfp.Requirement;

/**
 * Requirements against bidders: how each bidder's statements meet each requirement, and the totals
 * per bidder ({@link GapAnalysis#compare}).
 *
 * @param rows        {@code rows.get(i).get(j)} is requirement {@code i} against bidder {@code j}
 * @param shallTotals per bidder, the coverage of the SHALL requirements
 * @param allTotals   per bidder, the coverage of all requirements
 */
public record BidderMatrix(List<Requirement> requirements, List<String> bidders, List<List<GapRow>> rows,
        List<Coverage> shallTotals, List<Coverage> allTotals) {

    public BidderMatrix {
        requirements = List.copyOf(requirements);
        bidders = List.copyOf(bidders);
        rows = rows.stream().map(List::copyOf).toList();
        shallTotals = List.copyOf(shallTotals);
        allTotals = List.copyOf(allTotals);
        int columns = bidders.size();
        if (rows.size() != requirements.size() || rows.stream().anyMatch(r -> r.size() != columns)
                || shallTotals.size() != columns || allTotals.size() != columns) {
            throw new IllegalArgumentException("the matrix needs one row per requirement, and one cell and one total "
                    + "per bidder");
        }
    }
}
