package org.rspnavigator.procurement.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Grouping;
import org.rspnavigator.model.OptionRule;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.conformance.Vocabulary;

/**
 * Checks an Integration Statement against the catalog, as a vendor wants it checked before
 * publishing and a buyer before trusting it.
 *
 * <ul>
 * <li>Errors: a missing vendor, product name or version; a header field longer than
 * {@link FieldLimits} allows (the product's name and version are kept in columns of that size); a profile the catalog does not have, or
 * listed twice, or without actors; an actor the profile does not have, or claimed twice; an option
 * that is not the actor's, or claimed twice (also under two of its names); an option rule of the profile the claimed options
 * break ({@link OptionRule}), unless the rule is advisory.</li>
 * <li>The DICOM, DICOMweb, HL7 and terminology parts: see {@link ConformanceChecker}.</li>
 * <li>Warnings: a grouping the Technical Framework requires of a claimed actor whose other actor
 * the statement does not claim (with the claim that would satisfy it); an advisory option rule the
 * claimed options break (an ATNA actor naming no ATX option); an actor or option the
 * catalog has not confirmed against the Technical Framework.</li>
 * </ul>
 *
 * <p>Findings come errors first, then warnings, each in the statement's order. Immutable and safe
 * to share between threads.
 */
public final class StatementChecker {

    private final Catalog catalog;
    private final ConformanceChecker conformance;

    /** Against the catalog, with the DICOM and HL7 vocabulary of the class path. */
    public StatementChecker(Catalog catalog) {
        this(catalog, Vocabulary.fromClasspath());
    }

    public StatementChecker(Catalog catalog, Vocabulary vocabulary) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.conformance = new ConformanceChecker(catalog, Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    /** Every problem with {@code statement}; empty when there is none. */
    public List<Finding> check(IntegrationStatement statement) {
        List<Finding> findings = new ArrayList<>();
        required(findings, statement.vendor(), "The statement needs the vendor's name.");
        required(findings, statement.productName(), "The statement needs the product's name.");
        required(findings, statement.version(), "The statement needs the product version it covers.");
        tooLong(findings, "The vendor's name", "vendor", statement.vendor(), FieldLimits.NAME);
        tooLong(findings, "The product name", "productName", statement.productName(), FieldLimits.NAME);
        tooLong(findings, "The product version", "version", statement.version(), FieldLimits.VERSION);
        tooLong(findings, "The statement's revision", "revision", statement.revision(), FieldLimits.VERSION);
        StatementLinks links = statement.links();
        tooLong(findings, "The link to the vendor's IHE information", "vendorIheInformation",
                links.vendorIheInformation(), FieldLimits.LINK);
        tooLong(findings, "The link to the DICOM conformance statement", "dicomConformance", links.dicomConformance(),
                FieldLimits.LINK);
        tooLong(findings, "The link to the HL7 conformance statement", "hl7Conformance", links.hl7Conformance(),
                FieldLimits.LINK);
        Set<String> types = new HashSet<>();
        for (String type : statement.systemTypes()) {
            if (catalog.systemType(type).isEmpty()) {
                findings.add(error("", "", "'" + FieldLimits.quoted(type) + "' is not a kind of system of the catalog: "
                        + "use one of " + String.join(", ", catalog.systemTypes().stream()
                                .map(org.rspnavigator.model.SystemType::id).toList()) + "."));
            } else if (!types.add(type)) {
                findings.add(error("", "", "The kind of system '" + type + "' is listed twice."));
            }
        }
        Set<String> profiles = new HashSet<>();
        Set<ActorRef> actors = new HashSet<>();
        for (ProfileClaim claim : statement.profiles()) {
            Optional<Profile> profile = catalog.profile(claim.profile());
            String label = profile.map(Profile::acronym).orElse(claim.profile());
            if (!profiles.add(claim.profile())) {
                findings.add(error(claim.profile(), "", label + " is listed twice: list each profile once, with all "
                        + "its actors."));
            }
            if (profile.isEmpty()) {
                findings.add(error(claim.profile(), "", CatalogNames.unknownProfile(claim.profile())));
                continue;
            }
            if (claim.actors().isEmpty()) {
                findings.add(error(claim.profile(), "", label + " is listed without any actor: claim at least one, "
                        + "or remove the profile."));
            }
            for (ActorClaim actor : claim.actors()) {
                if (actors.add(new ActorRef(claim.profile(), actor.actor()))) {
                    checkActor(findings, statement, profile.get(), actor);
                } else {
                    findings.add(error(claim.profile(), actor.actor(), "The " + actor.actor() + " of " + label
                            + " is claimed twice: claim it once, with all its options."));
                }
            }
        }
        conformance.check(statement, findings);
        return findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
    }

    /**
     * {@code statement} with the DICOM rows of every finding that proposes them declared: what the
     * one-click fixes of the statement check do, all at once.
     */
    public IntegrationStatement withImpliedDeclarations(IntegrationStatement statement) {
        ConformanceClaims added = check(statement).stream().map(Finding::declaration)
                .reduce(ConformanceClaims.NONE, ConformanceClaims::with);
        return added.isEmpty() ? statement : statement.withConformance(statement.conformance().with(added));
    }

    /**
     * {@code statement} with the actor of every required grouping it lacks claimed (without options),
     * and again for the groupings those actors require, until none is missing. Where a grouping may be
     * satisfied by several actors, the first the catalog lists is claimed.
     */
    public IntegrationStatement withGroupings(IntegrationStatement statement) {
        IntegrationStatement current = statement;
        while (true) {
            List<ActorRef> missing = missingGroupings(current);
            if (missing.isEmpty()) {
                return current;
            }
            for (ActorRef ref : missing) {
                if (current.claim(ref.profile(), ref.actor()).isEmpty()) {
                    current = current.withClaim(ref.profile(), ref.actor(), List.of());
                }
            }
        }
    }

    /**
     * Each required grouping of an actor the statement claims that it leaves unclaimed, in the
     * statement's order; a grouping required of several claimed actors is listed for each.
     */
    public List<UnclaimedGrouping> unclaimedGroupings(IntegrationStatement statement) {
        List<UnclaimedGrouping> unclaimed = new ArrayList<>();
        for (ProfileClaim claim : statement.profiles()) {
            catalog.profile(claim.profile()).ifPresent(p -> claim.actors().stream()
                    .filter(a -> p.actor(a.actor()).isPresent())
                    .map(ActorClaim::actor).distinct()
                    .forEach(a -> p.groupingsOf(a).stream().filter(g -> !satisfied(statement, g))
                            .forEach(g -> unclaimed.add(new UnclaimedGrouping(p.id(), p.acronym(), a,
                                    g.describeTargets(id -> CatalogNames.acronym(catalog, id)),
                                    new ActorRef(g.withProfile(), g.withActors().getFirst()))))));
        }
        return List.copyOf(unclaimed);
    }

    /** The claim that would satisfy each unclaimed grouping, once each. */
    private List<ActorRef> missingGroupings(IntegrationStatement statement) {
        return unclaimedGroupings(statement).stream().map(UnclaimedGrouping::proposal).distinct().toList();
    }

    private void checkActor(List<Finding> findings, IntegrationStatement statement, Profile profile, ActorClaim claim) {
        Optional<ProfileActor> known = profile.actor(claim.actor());
        if (known.isEmpty()) {
            findings.add(error(profile.id(), claim.actor(), CatalogNames.unknownActor(profile, claim.actor())));
            return;
        }
        ProfileActor actor = known.get();
        Set<String> seen = new HashSet<>();
        java.util.Map<String, String> byOption = new java.util.HashMap<>();
        for (String option : claim.options()) {
            Optional<ActorOption> named = actor.option(option);
            if (!seen.add(option)) {
                findings.add(error(profile.id(), actor.name(), "The option '" + option + "' of the " + actor.name()
                        + " of " + profile.acronym() + " is claimed twice."));
            } else if (named.isEmpty()) {
                findings.add(error(profile.id(), actor.name(), CatalogNames.notAnOption(profile, actor, option)));
            } else if (byOption.containsKey(named.get().name())) {
                findings.add(error(profile.id(), actor.name(), "The " + actor.name() + " of " + profile.acronym()
                        + " claims one option twice, as '" + byOption.get(named.get().name()) + "' and as '" + option
                        + "': they are two names of the '" + named.get().name() + "' option. Claim it once."));
            } else {
                byOption.put(named.get().name(), option);
            }
        }
        List<String> canonical = claim.options().stream()
                .map(o -> actor.option(o).map(ActorOption::name).orElse(o)).toList();
        for (OptionRule rule : profile.optionRulesOf(actor.name())) {
            if (!rule.keptBy(canonical)) {
                String message = ruleBroken(profile, actor, rule, claim.options());
                findings.add(rule.advisory() ? warning(profile.id(), actor.name(), message)
                        : error(profile.id(), actor.name(), message));
            }
        }
        for (Grouping g : profile.groupingsOf(actor.name())) {
            if (!satisfied(statement, g)) {
                findings.add(groupingMissing(profile, actor, g));
            }
        }
        CatalogNames.unconfirmed(actor.verification()).ifPresent(how -> findings.add(warning(profile.id(), actor.name(),
                "The catalog " + how + " the actor '" + actor.name() + "' of " + profile.acronym() + " against the "
                        + "Technical Framework: check the name there before publishing.")));
        for (String option : claim.options().stream().distinct().toList()) {
            actor.option(option).map(ActorOption::verification).flatMap(CatalogNames::unconfirmed)
                    .ifPresent(how -> findings.add(warning(profile.id(), actor.name(), "The catalog " + how
                            + " the option '" + option + "' of the " + actor.name() + " of " + profile.acronym()
                            + " against the Technical Framework: check the name there before publishing.")));
        }
    }

    /** Like every other finding, the message names the actor and profile it is about. */
    private static String ruleBroken(Profile profile, ProfileActor actor, OptionRule rule, List<String> claimed) {
        return "The " + actor.name() + " of " + profile.acronym() + ": " + rule.explanation().strip() + " Claimed: "
                + (claimed.isEmpty() ? "no option"
                : String.join(", ", claimed.stream().map(o -> "'" + o + "'").toList())) + "."
                + CatalogNames.unconfirmed(rule.verification()).map(how -> " (The catalog " + how + " this rule.)")
                        .orElse("");
    }

    private Finding groupingMissing(Profile profile, ProfileActor actor, Grouping g) {
        boolean one = g.or().isEmpty() && g.withActors().size() == 1;
        String message = "The " + actor.name() + " of " + profile.acronym() + " must be grouped with the "
                + g.describeTargets(id -> CatalogNames.acronym(catalog, id)) + ", which this statement does not "
                + "claim: claim " + (one ? "it" : "one of them") + " too."
                + CatalogNames.unconfirmed(g.verification()).map(how -> " (The catalog " + how + " this grouping.)")
                        .orElse("");
        return new Finding(Severity.WARNING, profile.id(), actor.name(), message,
                Optional.of(new ActorRef(g.withProfile(), g.withActors().getFirst())));
    }

    private static boolean satisfied(IntegrationStatement statement, Grouping g) {
        return g.satisfiedBy((profile, actor) -> statement.claim(profile, actor).isPresent());
    }

    private static void required(List<Finding> findings, String value, String message) {
        if (value.isBlank()) {
            findings.add(error("", "", message));
        }
    }

    private static void tooLong(List<Finding> findings, String what, String field, String value, int max) {
        FieldLimits.tooLong(what, field, value, max).ifPresent(message -> findings.add(error("", "", message)));
    }

    private static Finding error(String profile, String actor, String message) {
        return new Finding(Severity.ERROR, profile, actor, message, Optional.empty());
    }

    private static Finding warning(String profile, String actor, String message) {
        return new Finding(Severity.WARNING, profile, actor, message, Optional.empty());
    }
}
