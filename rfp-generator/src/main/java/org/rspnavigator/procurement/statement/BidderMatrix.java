package org.rspnavigator.procurement.statement;

import java.util.List;
import java.util.Objects;

import org.rspnavigator.procurement.rfp.Requirement;

/**
 * Requirements against bidders: how each bidder's statements meet each requirement, and the totals
 * per bidder ({@link GapAnalysis#compare}). The view and the documents list the requirements under
 * their system ({@link #systems()}); a bidder's totals leave out the systems it does not bid for.
 *
 * @param rows        {@code rows.get(i).get(j)} is requirement {@code i} against bidder {@code j}
 * @param shallTotals per bidder, the coverage of the SHALL requirements of the systems it bids for
 * @param allTotals   per bidder, the coverage of all requirements of the systems it bids for
 * @param systems     the requirements by system, the systems in the order they first appear
 * @param bidsFor     per bidder, the names of the systems it bids for; empty for every system
 */
public record BidderMatrix(List<Requirement> requirements, List<String> bidders, List<List<GapRow>> rows,
        List<Coverage> shallTotals, List<Coverage> allTotals, List<SystemRows> systems, List<List<String>> bidsFor) {

    /**
     * The requirements of one system.
     *
     * @param system the system type's catalog id ("pacs")
     * @param name   its name ("PACS"), or the id where the catalog does not know it
     * @param rows   the indexes of its requirements in {@link BidderMatrix#requirements()}, in order
     */
    public record SystemRows(String system, String name, List<Integer> rows) {
        public SystemRows {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(name, "name");
            rows = List.copyOf(rows);
        }
    }

    public BidderMatrix {
        requirements = List.copyOf(requirements);
        bidders = List.copyOf(bidders);
        rows = rows.stream().map(List::copyOf).toList();
        shallTotals = List.copyOf(shallTotals);
        allTotals = List.copyOf(allTotals);
        systems = List.copyOf(systems);
        bidsFor = bidsFor.stream().map(List::copyOf).toList();
        int columns = bidders.size();
        if (rows.size() != requirements.size() || rows.stream().anyMatch(r -> r.size() != columns)
                || shallTotals.size() != columns || allTotals.size() != columns || bidsFor.size() != columns) {
            throw new IllegalArgumentException("the matrix needs one row per requirement, and one cell, one total "
                    + "and one list of systems per bidder");
        }
        if (systems.stream().mapToInt(s -> s.rows().size()).sum() != requirements.size()) {
            throw new IllegalArgumentException("every requirement belongs to one system");
        }
    }

    /** What bidder {@code j} bids for, in words: "all systems", "PACS", "PACS and RIS". */
    public String bidsForText(int j) {
        List<String> names = bidsFor.get(j);
        return names.isEmpty() ? "all systems" : CatalogNames.alternatives(names, "and");
    }

    /**
     * Bidder {@code j}'s SHALL coverage in one sentence, as every view and document prints it:
     * "SHALL requirements met: 7 of 23 (30%); …" ({@link Coverage#summary(String)}).
     */
    public String shallSummary(int j) {
        return shallTotals.get(j).summary("SHALL requirements");
    }

    /** Bidder {@code j}'s coverage of all requirements in one sentence: "All requirements met: …". */
    public String allSummary(int j) {
        return allTotals.get(j).summary("All requirements");
    }
}
