package org.rspnavigator.documents.rfp.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.procurement.statement.ActorClaim;
import org.rspnavigator.procurement.statement.Bidder;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.procurement.statement.StatementLinks;

/**
 * The largest IHE Integration Statement the catalog allows: every profile, every actor of it
 * claimed, with every option; and bidders for the largest RFP whose statements each leave a
 * different part of it out, so that their columns mix met, partly met and not met.
 */
final class LargestStatement {

    private LargestStatement() {
    }

    static IntegrationStatement statement() {
        return bidderStatement("Benchmark Imaging Systems", -1);
    }

    /** Five bidders, each with one statement. */
    static List<Bidder> bidders() {
        List<Bidder> bidders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "Bidder " + (char) ('A' + i);
            bidders.add(new Bidder(name, List.of(bidderStatement(name + " Systems", i))));
        }
        return bidders;
    }

    /**
     * Every profile, actor and option, except (for bidder {@code k} of five, k ≥ 0) every fifth
     * profile and the options of every third actor, shifted by k.
     */
    private static IntegrationStatement bidderStatement(String vendor, int k) {
        List<ProfileClaim> profiles = new ArrayList<>();
        int p = 0;
        int a = 0;
        for (Profile profile : LargestRfp.CATALOG.profiles()) {
            if (k >= 0 && (p++ + k) % 5 == 0) {
                continue;
            }
            List<ActorClaim> actors = new ArrayList<>();
            for (ProfileActor actor : profile.actors()) {
                boolean options = k < 0 || (a++ + k) % 3 != 0;
                actors.add(new ActorClaim(actor.name(),
                        options ? actor.options().stream().map(ActorOption::name).toList() : List.of()));
            }
            if (!actors.isEmpty()) {
                profiles.add(new ProfileClaim(profile.id(), actors));
            }
        }
        return new IntegrationStatement(vendor, "Enterprise Imaging Suite", "12.4", LocalDate.of(2026, 11, 22), "",
                new StatementLinks("https://vendor.example/ihe", "https://vendor.example/dicom",
                        "https://vendor.example/hl7"), profiles);
    }

    static String describe(IntegrationStatement statement) {
        int actors = statement.profiles().stream().mapToInt(p -> p.actors().size()).sum();
        int options = statement.profiles().stream().flatMap(p -> p.actors().stream())
                .mapToInt(c -> c.options().size()).sum();
        return "%d profiles, %d actors, %d options".formatted(statement.profiles().size(), actors, options);
    }
}
