package org.rspnavigator.model.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Grouping;
import org.rspnavigator.model.OptionRule;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.ProfileTransaction;
import org.rspnavigator.model.Source;
import org.rspnavigator.model.Term;
import org.rspnavigator.model.Verification;
import org.rspnavigator.model.VerificationLevel;

/**
 * How far the catalog's facts about IHE profiles are verified, computed from a {@link Catalog}.
 *
 * <p>A <em>fact</em> is one of: a profile's status, each of its actors, each option of each actor,
 * each transaction, each required grouping and each option rule. Every fact counts once, at the
 * level its {@link Verification} gives it; the profile-level verification and the profile's own
 * list of sources are summaries of these facts and are not counted again.
 *
 * <p>The report gives, per profile, the facts by level and the share verified; totals for the
 * portfolio's own profiles (those with a portfolio entry in ISO 21860) and for all profiles; the
 * sources cited, with how many facts cite each; every fact that is not verified, with why; the
 * sources without a public address and the verified facts a reader could not check at one; and
 * whether the portfolio's own profiles reach the {@linkplain #TARGET target share} of verified facts.
 *
 * @param profiles    one row per profile, the portfolio's own profiles first, each group in catalog order
 * @param portfolio   the portfolio's own profiles taken together
 * @param all         all profiles taken together
 * @param target      whether the portfolio's own profiles reach the target
 * @param sources     every source a profile or a fact cites, the most cited first
 * @param notVerified every fact that is partly verified or unverified, in catalog order
 * @param untraceable verified facts none of whose verifying sources has a public address
 */
public record VerificationReport(List<ProfileRow> profiles, Totals portfolio, Totals all, Target target,
        List<SourceUse> sources, List<Fact> notVerified, List<Fact> untraceable) {

    /** The share of verified facts the portfolio's own profiles should reach, in per cent. */
    public static final int TARGET = 90;

    public VerificationReport {
        profiles = List.copyOf(profiles);
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(all, "all");
        Objects.requireNonNull(target, "target");
        sources = List.copyOf(sources);
        notVerified = List.copyOf(notVerified);
        untraceable = List.copyOf(untraceable);
    }

    /** The report on every profile of the catalog. */
    public static VerificationReport of(Catalog catalog) {
        List<Profile> ordered = new ArrayList<>();
        catalog.profiles().stream().filter(p -> p.portfolioEntry().isPresent()).forEach(ordered::add);
        catalog.profiles().stream().filter(p -> p.portfolioEntry().isEmpty()).forEach(ordered::add);

        List<ProfileRow> rows = new ArrayList<>();
        List<Fact> notVerified = new ArrayList<>();
        List<Fact> untraceable = new ArrayList<>();
        Map<String, SourceTally> tallies = new LinkedHashMap<>();
        for (Profile p : ordered) {
            List<Fact> facts = factsOf(p, catalog);
            rows.add(new ProfileRow(p.id(), p.acronym(), p.name(), p.portfolioEntry().map(s -> s.briefName()),
                    LevelCounts.of(facts)));
            for (Source s : p.sources()) {
                tallies.computeIfAbsent(s.id(), id -> new SourceTally(s)).profiles.add(p.acronym());
            }
            for (Fact f : facts) {
                if (f.level() != VerificationLevel.VERIFIED) {
                    notVerified.add(f);
                } else if (!f.traceable()) {
                    untraceable.add(f);
                }
                for (Source s : f.verification().sources().stream().distinct().toList()) {
                    SourceTally t = tallies.computeIfAbsent(s.id(), id -> new SourceTally(s));
                    t.profiles.add(p.acronym());
                    t.facts++;
                    if (f.level() == VerificationLevel.VERIFIED) {
                        t.verifiedFacts++;
                    }
                }
            }
        }
        List<SourceUse> sources = tallies.values().stream()
                .map(t -> new SourceUse(t.source, t.facts, t.verifiedFacts, List.copyOf(t.profiles),
                        Address.of(t.source.where())))
                .sorted(Comparator.comparingInt(SourceUse::facts).reversed().thenComparing(u -> u.source().id()))
                .toList();
        List<ProfileRow> portfolioRows = rows.stream().filter(ProfileRow::portfolio).toList();
        Totals portfolio = new Totals(portfolioRows.size(), LevelCounts.sum(portfolioRows));
        Totals all = new Totals(rows.size(), LevelCounts.sum(rows));
        return new VerificationReport(rows, portfolio, all, new Target(TARGET, portfolio.facts()), sources, notVerified,
                untraceable);
    }

    /** Every fact of the profile, in the order the profile states them (see the class comment). */
    public static List<Fact> factsOf(Profile p, Catalog catalog) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(p.id(), p.acronym(), FactKind.STATUS, "status " + p.status().label(), p.statusVerification()));
        for (ProfileActor a : p.actors()) {
            facts.add(new Fact(p.id(), p.acronym(), FactKind.ACTOR, "actor " + a.name(), a.verification()));
            for (ActorOption o : a.options()) {
                facts.add(new Fact(p.id(), p.acronym(), FactKind.OPTION, "option " + o.name() + " of actor " + a.name(),
                        o.verification()));
            }
        }
        for (ProfileTransaction t : p.transactions()) {
            facts.add(new Fact(p.id(), p.acronym(), FactKind.TRANSACTION, "transaction " + t.label(), t.verification()));
        }
        for (Grouping g : p.groupings()) {
            String other = catalog.profile(g.withProfile()).map(Profile::acronym).orElse(g.withProfile());
            facts.add(new Fact(p.id(), p.acronym(), FactKind.GROUPING, "grouping of "
                    + g.actor().map(a -> "actor " + a).orElse("every actor") + " with " + other + " "
                    + String.join(" or ", g.withActors()), g.verification()));
        }
        for (OptionRule r : p.optionRules()) {
            String description = "option rule '" + r.kind().label().toLowerCase(Locale.ROOT) + "' "
                    + r.when().map(w -> "(when " + w + ") ").orElse("") + String.join(", ", r.options()) + " for "
                    + (r.actors().isEmpty() ? "every actor" : "actor " + String.join(", ", r.actors()));
            facts.add(new Fact(p.id(), p.acronym(), FactKind.OPTION_RULE, description, r.verification()));
        }
        return facts;
    }

    /** What kind of fact about a profile a {@link Fact} is. */
    public enum FactKind implements Term {
        STATUS("Status"),
        ACTOR("Actor"),
        OPTION("Option"),
        TRANSACTION("Transaction"),
        GROUPING("Grouping"),
        OPTION_RULE("Option rule");

        private final String label;

        FactKind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /**
     * One fact about a profile.
     *
     * @param description what the fact is about: "actor Image Display", "transaction RAD-10 Modality
     *                    Storage Commitment", "option X of actor Y"
     */
    public record Fact(String profile, String acronym, FactKind kind, String description, Verification verification) {

        public Fact {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(acronym, "acronym");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(verification, "verification");
        }

        public VerificationLevel level() {
            return verification.level();
        }

        /**
         * Why the fact is at its level: its note, or, when it has none, what its sources allow
         * ("no source cited", or the best kind of source it cites).
         */
        public String reason() {
            if (verification.note().isPresent()) {
                return verification.note().get();
            }
            List<Source> cited = verification.sources();
            if (cited.isEmpty()) {
                return "No source cited.";
            }
            VerificationLevel reach = cited.stream().map(Source::reach).min(Comparator.naturalOrder()).orElseThrow();
            return switch (reach) {
                case VERIFIED -> level() == VerificationLevel.VERIFIED ? "Seen in an IHE publication cited by section."
                        : "Marked " + level().label().toLowerCase(Locale.ROOT) + " although an IHE publication cited by"
                                + " section is among its sources; no note says why.";
                case PARTIAL -> "Its best source is an IHE secondary source or an IHE publication cited without a section.";
                case UNVERIFIED -> "Its sources are neither IHE publications nor IHE secondary sources.";
            };
        }

        /**
         * Whether a reader can check the fact: one of the sources that verifies it (an IHE
         * publication cited by section) has a public address. Meaningful for verified facts.
         */
        public boolean traceable() {
            return verification.sources().stream()
                    .anyMatch(s -> s.reach() == VerificationLevel.VERIFIED && Address.of(s.where()).isPublic());
        }
    }

    /** Facts counted by level. */
    public record LevelCounts(int verified, int partial, int unverified) {

        static LevelCounts of(List<Fact> facts) {
            int v = 0;
            int p = 0;
            int u = 0;
            for (Fact f : facts) {
                switch (f.level()) {
                    case VERIFIED -> v++;
                    case PARTIAL -> p++;
                    case UNVERIFIED -> u++;
                }
            }
            return new LevelCounts(v, p, u);
        }

        static LevelCounts sum(List<ProfileRow> rows) {
            return new LevelCounts(rows.stream().mapToInt(r -> r.facts().verified()).sum(),
                    rows.stream().mapToInt(r -> r.facts().partial()).sum(),
                    rows.stream().mapToInt(r -> r.facts().unverified()).sum());
        }

        public int total() {
            return verified + partial + unverified;
        }

        /** The share of verified facts, 0 to 1; 0 when there are no facts. */
        public double verifiedShare() {
            return total() == 0 ? 0 : (double) verified / total();
        }

        /** The verified share in per cent with one decimal: "93.4 %"; "–" when there are no facts. */
        public String verifiedPercent() {
            return total() == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * verified / total());
        }
    }

    /**
     * One profile's facts.
     *
     * @param portfolioEntry the brief name of the portfolio standard that is this profile ("IHE SWF.b");
     *                       empty for a profile ISO 21860 does not rate
     */
    public record ProfileRow(String id, String acronym, String name, Optional<String> portfolioEntry,
            LevelCounts facts) {

        public ProfileRow {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(acronym, "acronym");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(portfolioEntry, "portfolioEntry");
            Objects.requireNonNull(facts, "facts");
        }

        /** Whether the profile is one of the portfolio's own (ISO 21860 rates it). */
        public boolean portfolio() {
            return portfolioEntry.isPresent();
        }
    }

    /** A group of profiles taken together. */
    public record Totals(int profiles, LevelCounts facts) {
    }

    /**
     * The target: the portfolio's own profiles, taken together, have at least {@code percent} per
     * cent of their facts verified.
     */
    public record Target(int percent, LevelCounts facts) {

        public boolean met() {
            return facts.total() > 0 && 100L * facts.verified() >= (long) percent * facts.total();
        }

        /** "Target (at least 90 % of the portfolio's own profiles' facts verified): met, 93.4 % (512 of 548 facts)." */
        public String line() {
            return "Target (at least " + percent + " % of the facts of the portfolio's own profiles verified): "
                    + (met() ? "met" : "not met") + ", " + facts.verifiedPercent() + " (" + facts.verified() + " of "
                    + facts.total() + " facts verified).";
        }
    }

    /**
     * A source and its use.
     *
     * @param facts         the facts citing it
     * @param verifiedFacts of those, the verified ones
     * @param profiles      the acronyms of the profiles citing it, for a fact or as a whole
     */
    public record SourceUse(Source source, int facts, int verifiedFacts, List<String> profiles, Address address) {

        public SourceUse {
            Objects.requireNonNull(source, "source");
            profiles = List.copyOf(profiles);
            Objects.requireNonNull(address, "address");
        }
    }

    /** What a source's {@code where} is, as an address a reader can open. */
    public enum Address implements Term {
        /** An http or https address. */
        WEB("Web address"),
        /** A web address written without its scheme: a host name followed by a path ("wiki.ihe.net/index.php?…"). */
        WEB_WITHOUT_SCHEME("Web address without scheme"),
        /** A public GitHub repository named by owner and name ("github IHE/RAD.IMR …"). */
        REPOSITORY("Public repository"),
        /** Nothing a reader can open. */
        NONE("No public address");

        private static final Pattern WEB_PATTERN = Pattern.compile("^https?://\\S+");
        private static final Pattern HOST_AND_PATH = Pattern.compile("^[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}/\\S*");
        private static final Pattern GITHUB = Pattern.compile("^github(\\.com)?[ /:]+[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

        private final String label;

        Address(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        public boolean isPublic() {
            return this != NONE;
        }

        public static Address of(String where) {
            String w = where.strip();
            if (WEB_PATTERN.matcher(w).find()) {
                return WEB;
            }
            if (HOST_AND_PATH.matcher(w).find()) {
                return WEB_WITHOUT_SCHEME;
            }
            if (GITHUB.matcher(w).find()) {
                return REPOSITORY;
            }
            return NONE;
        }
    }

    /** The sources without a public address. */
    public List<SourceUse> sourcesWithoutPublicAddress() {
        return sources.stream().filter(u -> !u.address().isPublic()).toList();
    }

    /** Whether every verified fact cites, among the sources that verify it, one with a public address. */
    public boolean everyVerifiedFactTraceable() {
        return untraceable.isEmpty();
    }

    private static final class SourceTally {
        final Source source;
        final java.util.Set<String> profiles = new java.util.LinkedHashSet<>();
        int facts;
        int verifiedFacts;

        SourceTally(Source source) {
            this.source = source;
        }
    }
}
