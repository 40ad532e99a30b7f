package org.rspnavigator.procurement.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.procurement.conformance.Vocabulary;
import org.rspnavigator.procurement.rfp.AcceptedAlternative;
import org.rspnavigator.procurement.rfp.ConformanceData;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementSubject;

/**
 * Holds a buyer's requirements against a vendor's Integration Statement ({@link #analyse}), or
 * against the statements of several bidders side by side ({@link #compare}).
 *
 * <ul>
 * <li>A requirement on a profile actor is {@link Fit#MET} when the statement claims the actor with
 * every option the requirement names, {@link Fit#PARTLY_MET} when it claims the actor without some of
 * them, and {@link Fit#NOT_MET} when it does not claim the actor.</li>
 * <li>A requirement on a DICOM, HL7 v2 or terminology standard is held against the statement's
 * conformance parts ({@link ConformanceAssessment}): the SOP classes and roles, DICOMweb services,
 * HL7 messages with version and direction, and code systems it declares. It is
 * {@link Fit#NOT_ASSESSED} only where the catalog gives nothing to check for that system, or the
 * statement has no part of that kind, and the explanation then says which conformance statement to
 * read instead. A portfolio entry that is a catalog profile (IHE SWF.b) is met when the statement
 * claims any actor of that profile.</li>
 * <li>A requirement not met, or partly met, is {@link Fit#MET_WITH_TRANSITION} when the statement
 * claims every subject of one of its accepted alternatives in full.</li>
 * </ul>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class GapAnalysis {

    private final Catalog catalog;
    private final ConformanceAssessment conformance;

    /** Against the catalog, with the DICOM and HL7 vocabulary and conformance facts of the class path. */
    public GapAnalysis(Catalog catalog) {
        this(catalog, Vocabulary.fromClasspath(), ConformanceData.fromClasspath());
    }

    public GapAnalysis(Catalog catalog, Vocabulary vocabulary, ConformanceData data) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.conformance = new ConformanceAssessment(vocabulary, data);
    }

    /** Each requirement, in order, against {@code statement}, with the coverage per level. */
    public GapReport analyse(String title, IntegrationStatement statement, List<Requirement> requirements) {
        List<GapRow> rows = rows(List.of(statement), requirements);
        return new GapReport(title, statement, rows, Coverage.of(rows, RequirementLevel.SHALL),
                Coverage.of(rows, RequirementLevel.SHOULD), Coverage.of(rows, RequirementLevel.MAY),
                new StatementChecker(catalog).unclaimedGroupings(statement));
    }

    /**
     * Each requirement against each bidder, in the given orders, with each bidder's coverage of the
     * SHALL requirements and of all requirements. A requirement on a system a bidder does not bid
     * for is {@link Fit#NOT_BID} for it and left out of its coverage.
     *
     * @throws IllegalArgumentException if a bidder has no name or two have the same
     */
    public BidderMatrix compare(List<Requirement> requirements, List<Bidder> bidders) {
        Set<String> names = new HashSet<>();
        for (Bidder b : bidders) {
            if (b.name().isBlank() || !names.add(b.name().strip())) {
                throw new IllegalArgumentException("each bidder needs a name of its own: '" + b.name() + "'");
            }
        }
        List<List<GapRow>> byBidder = bidders.stream().map(b -> rows(b, requirements)).toList();
        List<List<GapRow>> rows = new ArrayList<>();
        for (int i = 0; i < requirements.size(); i++) {
            int row = i;
            rows.add(byBidder.stream().map(column -> column.get(row)).toList());
        }
        Map<String, List<Integer>> bySystem = new LinkedHashMap<>();
        for (int i = 0; i < requirements.size(); i++) {
            bySystem.computeIfAbsent(requirements.get(i).system(), k -> new ArrayList<>()).add(i);
        }
        List<BidderMatrix.SystemRows> systems = bySystem.entrySet().stream()
                .map(e -> new BidderMatrix.SystemRows(e.getKey(), systemName(e.getKey()), e.getValue())).toList();
        List<List<String>> bidsFor = bidders.stream().map(b -> b.systems().stream().sorted(systemOrder())
                .map(this::systemName).toList()).toList();
        return new BidderMatrix(requirements, bidders.stream().map(Bidder::name).toList(), rows,
                byBidder.stream().map(column -> Coverage.of(column, RequirementLevel.SHALL)).toList(),
                byBidder.stream().map(Coverage::of).toList(), systems, bidsFor);
    }

    /** Each requirement, in order, against what {@code bidder}'s statements claim together, or not bid. */
    private List<GapRow> rows(Bidder bidder, List<Requirement> requirements) {
        ClaimUnion claims = new ClaimUnion(bidder.statements());
        return requirements.stream().map(r -> bidder.bidsFor(r.system()) ? assess(r, claims, bidder.statements())
                : new GapRow(r, Fit.NOT_BID, bidder.name().strip() + " does not bid for the " + systemName(r.system())
                        + ".")).toList();
    }

    /** The system type's name ("PACS"), or its id where the catalog does not know it. */
    private String systemName(String id) {
        return catalog.systemType(id).map(SystemType::name).orElse(id);
    }

    /** System types in catalog order, unknown ids after them by id. */
    private Comparator<String> systemOrder() {
        List<String> order = catalog.systemTypes().stream().map(SystemType::id).toList();
        return Comparator.comparingInt((String id) -> order.contains(id) ? order.indexOf(id) : order.size())
                .thenComparing(Comparator.naturalOrder());
    }

    /** Each requirement, in order, against what {@code statements} claim together. */
    public List<GapRow> rows(List<IntegrationStatement> statements, List<Requirement> requirements) {
        ClaimUnion claims = new ClaimUnion(statements);
        return requirements.stream().map(r -> assess(r, claims, statements)).toList();
    }

    /**
     * The requirement against the claims, or {@link Fit#NOT_APPLICABLE} when every statement names the
     * kinds of system its product is and none is the requirement's.
     */
    private GapRow assess(Requirement r, ClaimUnion claims, List<IntegrationStatement> statements) {
        if (!statements.isEmpty() && statements.stream().noneMatch(s -> s.concerns(r.system()))) {
            List<String> kinds = statements.stream().flatMap(s -> s.systemTypes().stream()).distinct()
                    .map(this::systemName).toList();
            return new GapRow(r, Fit.NOT_APPLICABLE, "The requirement is on the " + systemName(r.system())
                    + ", which the statement does not declare its product to be (it declares: "
                    + String.join(", ", kinds) + ").");
        }
        return assess(r, claims);
    }

    private GapRow assess(Requirement r, ClaimUnion claims) {
        GapRow own = switch (r.subject()) {
            case RequirementSubject.ProfileActor pa -> profileActor(r, pa, claims);
            case RequirementSubject.StandardSupport ss -> standard(r, ss, claims);
        };
        if (own.fit() == Fit.MET || own.fit() == Fit.NOT_ASSESSED) {
            return own;
        }
        for (AcceptedAlternative alternative : r.alternatives()) {
            Optional<String> claimed = claimsAll(alternative, claims);
            if (claimed.isPresent()) {
                return new GapRow(r, Fit.MET_WITH_TRANSITION, "Claims the accepted transition: " + claimed.get()
                        + ". Accepted provided that " + alternative.condition() + ".");
            }
        }
        return own;
    }

    /** "SWF as Image Manager and PIR as Image Manager/Image Archive", if every subject is claimed in full. */
    private Optional<String> claimsAll(AcceptedAlternative alternative, ClaimUnion claims) {
        List<String> parts = new ArrayList<>();
        for (RequirementSubject subject : alternative.subjects()) {
            switch (subject) {
                case RequirementSubject.ProfileActor pa -> {
                    Optional<ClaimUnion.Claimed> claimed = claims.actor(pa.profile(), pa.actor());
                    if (claimed.isEmpty() || !claimed.get().options().containsAll(pa.options())) {
                        return Optional.empty();
                    }
                    parts.add(CatalogNames.acronym(catalog, pa.profile()) + " as " + pa.actor()
                            + (pa.options().isEmpty() ? "" : " with " + options(pa.options())));
                }
                case RequirementSubject.StandardSupport ss -> {
                    Optional<Profile> profile = catalog.standard(ss.standard()).flatMap(catalog::profileOf);
                    if (profile.isEmpty() || claims.actorsOf(profile.get().id()).isEmpty()) {
                        return Optional.empty(); // only a conformance statement can show a plain standard
                    }
                    parts.add(profile.get().acronym() + " as "
                            + CatalogNames.alternatives(claims.actorsOf(profile.get().id()), "and"));
                }
            }
        }
        return Optional.of(String.join(" and ", parts));
    }

    private GapRow profileActor(Requirement r, RequirementSubject.ProfileActor pa, ClaimUnion claims) {
        String profile = CatalogNames.acronym(catalog, pa.profile());
        String subject = pa.actor() + " of " + profile;
        Optional<ClaimUnion.Claimed> claimed = claims.actor(pa.profile(), pa.actor());
        if (claimed.isEmpty()) {
            List<String> others = claims.actorsOf(pa.profile());
            return new GapRow(r, Fit.NOT_MET, "Does not claim " + subject + "."
                    + (others.isEmpty() ? "" : " It claims " + profile + " as " + CatalogNames.alternatives(others, "and")
                            + "."));
        }
        List<String> missing = pa.options().stream().filter(o -> !claimed.get().options().contains(o)).toList();
        String where = claims.where(claimed.get());
        if (!missing.isEmpty()) {
            return new GapRow(r, Fit.PARTLY_MET, "Claims " + subject + where + " without " + options(missing) + ".");
        }
        return new GapRow(r, Fit.MET, "Claims " + subject + where
                + (pa.options().isEmpty() ? "" : " with " + options(pa.options())) + ".");
    }

    private GapRow standard(Requirement r, RequirementSubject.StandardSupport ss, ClaimUnion claims) {
        Optional<Standard> standard = catalog.standard(ss.standard());
        Optional<Profile> profile = standard.flatMap(catalog::profileOf);
        if (profile.isPresent()) {
            List<String> actors = claims.actorsOf(profile.get().id());
            return actors.isEmpty()
                    ? new GapRow(r, Fit.NOT_MET, "Claims no actor of " + profile.get().acronym() + ".")
                    : new GapRow(r, Fit.MET, "Claims " + profile.get().acronym() + " as "
                            + CatalogNames.alternatives(actors, "and") + ".");
        }
        Optional<GapRow> declared = standard.flatMap(s -> conformance.assess(r, s, claims.conformance()));
        if (declared.isPresent()) {
            return declared.get();
        }
        String name = standard.map(Standard::briefName).orElse(ss.standard());
        String why = standard.filter(s -> conformance.assessable(s, r.system())).flatMap(conformance::part)
                .map(p -> "The statement declares no " + p.words() + " part")
                .orElse("The catalog names no role that a conformance part could show for this requirement");
        return new GapRow(r, Fit.NOT_ASSESSED, why + ": check " + name + " in " + whereToLook(standard) + ".");
    }

    private static String whereToLook(Optional<Standard> standard) {
        List<Sdo> sdos = standard.map(Standard::sdos).orElse(List.of());
        boolean dicom = sdos.contains(Sdo.DICOM);
        boolean hl7 = sdos.contains(Sdo.HL7);
        if (dicom && hl7) {
            return "the product's DICOM and HL7 conformance statements";
        }
        if (dicom || hl7) {
            return "the product's " + (dicom ? "DICOM" : "HL7") + " conformance statement";
        }
        return "the product's conformance statements or documentation";
    }

    /** "the option 'A'", "the options 'A' and 'B'". */
    private static String options(List<String> names) {
        return (names.size() == 1 ? "the option " : "the options ")
                + CatalogNames.alternatives(names.stream().map(n -> "'" + n + "'").toList(), "and");
    }
}
