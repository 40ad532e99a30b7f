package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IHE integration or content profile: its actors with their options, its transactions, the
 * groupings it requires with other profiles' actors, and the portfolio standards it builds on.
 * Every fact carries its {@link Verification}. Other profiles are referred to by id; the
 * {@link Catalog} resolves them.
 *
 * @param portfolioEntry the portfolio standard that is this profile ("IHE SWF.b"), if any
 * @param purpose        what the profile is for (Markdown, project's words)
 * @param optionRules    rules on the options its actors claim (see {@link OptionRule})
 * @param notes          what buyers and vendors should know (Markdown, project's words; may be empty)
 */
public record Profile(String id, String acronym, String name, IheDomain domain, ProfileStatus status,
        Optional<String> statusNote, Verification statusVerification, VerificationLevel verification,
        Optional<Standard> portfolioEntry, List<Standard> buildsOn, List<Source> sources, List<ProfileActor> actors,
        List<ProfileTransaction> transactions, List<Grouping> groupings, List<OptionRule> optionRules,
        List<RelatedProfile> related, String purpose,
        String notes, String source) {

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(acronym, "acronym");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusNote, "statusNote");
        Objects.requireNonNull(statusVerification, "statusVerification");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(portfolioEntry, "portfolioEntry");
        buildsOn = List.copyOf(buildsOn);
        sources = List.copyOf(sources);
        actors = List.copyOf(actors);
        transactions = List.copyOf(transactions);
        groupings = List.copyOf(groupings);
        optionRules = List.copyOf(optionRules);
        related = List.copyOf(related);
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(source, "source");
    }

    public Optional<ProfileActor> actor(String actorName) {
        return actors.stream().filter(a -> a.name().equals(actorName)).findFirst();
    }

    /** The transactions the actor takes part in. */
    public List<ProfileTransaction> transactionsOf(String actorName) {
        return transactions.stream().filter(t -> t.involves(actorName)).toList();
    }

    /** The groupings the actor must satisfy. */
    public List<Grouping> groupingsOf(String actorName) {
        return groupings.stream().filter(g -> g.appliesTo(actorName)).toList();
    }

    /** The option rules that apply to the actor. */
    public List<OptionRule> optionRulesOf(String actorName) {
        return optionRules.stream().filter(r -> r.appliesTo(actorName)).toList();
    }

    /** How the catalog marks a profile that is not an entry of the 2020 portfolio, wherever it shows it. */
    public static final String NOT_RATED = "Not rated by ISO 21860";

    /** Whether ISO 21860:2020 rates this profile, that is, whether it is a portfolio entry. */
    public boolean ratedByIso21860() {
        return portfolioEntry.isPresent();
    }

    /** "IHE Radiology Nuclear Medicine Image (NMI)". */
    public String title() {
        return name + " (" + acronym + ")";
    }

    /** Another profile worth knowing about, and why. */
    public record RelatedProfile(String profile, Optional<String> note) {
        public RelatedProfile {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(note, "note");
        }
    }
}
