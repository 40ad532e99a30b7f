package org.rspnavigator.procurement.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.rspnavigator.procurement.conformance.ConformanceClaims;

/**
 * A vendor's IHE Integration Statement for one product version, as Appendix F of the IHE Technical
 * Frameworks General Introduction describes it: who makes the product, which version it covers,
 * when it was published, the links to further information, and the profiles, actors and options
 * the product implements.
 *
 * <p>The record holds what the vendor wrote, right or wrong; {@link StatementChecker} says what is
 * wrong with it. Profiles are catalog ids ("xds-b"); actors and options are named as IHE writes them.
 *
 * @param vendor      the vendor's name
 * @param productName the product's name as it is sold
 * @param version     the product version the statement covers
 * @param date        when the statement was published
 * @param revision    the statement's own revision label, "" when none
 * @param links       where readers find more
 * @param profiles    the profiles claimed, in the vendor's order
 * @param conformance the DICOM, DICOMweb, HL7 and terminology parts beside the IHE claims; {@link
 *                    ConformanceClaims#NONE} for a statement of IHE profiles only
 * @param systemTypes the kinds of system the product is (catalog system type ids, "modality-ct"); empty
 *                    when the statement does not say, and then every requirement concerns it
 */
public record IntegrationStatement(String vendor, String productName, String version, LocalDate date,
        String revision, StatementLinks links, List<ProfileClaim> profiles, ConformanceClaims conformance,
        List<String> systemTypes) {

    public IntegrationStatement {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(links, "links");
        profiles = List.copyOf(profiles);
        conformance = conformance == null ? ConformanceClaims.NONE : conformance;
        systemTypes = systemTypes == null ? List.of() : List.copyOf(systemTypes);
    }

    /** A statement that does not say which kinds of system its product is. */
    public IntegrationStatement(String vendor, String productName, String version, LocalDate date,
            String revision, StatementLinks links, List<ProfileClaim> profiles, ConformanceClaims conformance) {
        this(vendor, productName, version, date, revision, links, profiles, conformance, List.of());
    }

    /** A statement of IHE profiles only, no DICOM, HL7 or terminology part. */
    public IntegrationStatement(String vendor, String productName, String version, LocalDate date,
            String revision, StatementLinks links, List<ProfileClaim> profiles) {
        this(vendor, productName, version, date, revision, links, profiles, ConformanceClaims.NONE, List.of());
    }

    /** This statement with {@code newConformance} as its DICOM, HL7 and terminology parts. */
    public IntegrationStatement withConformance(ConformanceClaims newConformance) {
        return new IntegrationStatement(vendor, productName, version, date, revision, links, profiles, newConformance,
                systemTypes);
    }

    /** This statement saying that its product is of the kinds {@code newSystemTypes}. */
    public IntegrationStatement withSystemTypes(List<String> newSystemTypes) {
        return new IntegrationStatement(vendor, productName, version, date, revision, links, profiles, conformance,
                newSystemTypes);
    }

    /** Whether a requirement on {@code systemType} concerns the product: the statement names no type, or names it. */
    public boolean concerns(String systemType) {
        return systemTypes.isEmpty() || systemTypes.contains(systemType);
    }

    /** This statement with {@code newProfiles} claimed instead, its other parts unchanged. */
    public IntegrationStatement withProfiles(List<ProfileClaim> newProfiles) {
        return new IntegrationStatement(vendor, productName, version, date, revision, links, newProfiles, conformance,
                systemTypes);
    }

    /** The claim of {@code actor} of the profile {@code profileId}, the first if it is claimed twice. */
    public Optional<ActorClaim> claim(String profileId, String actor) {
        return profiles.stream().filter(p -> p.profile().equals(profileId))
                .flatMap(p -> p.actors().stream()).filter(a -> a.actor().equals(actor)).findFirst();
    }

    /**
     * This statement with {@code actor} of {@code profileId} claimed with {@code options}: an
     * existing claim of that actor is replaced where it stands, a new actor is added after the
     * profile's other actors, and a new profile after the other profiles.
     */
    public IntegrationStatement withClaim(String profileId, String actor, List<String> options) {
        ActorClaim claim = new ActorClaim(actor, options);
        List<ProfileClaim> changed = new ArrayList<>(profiles);
        for (int i = 0; i < changed.size(); i++) {
            ProfileClaim p = changed.get(i);
            if (p.profile().equals(profileId)) {
                List<ActorClaim> actors = new ArrayList<>(p.actors());
                int at = indexOf(actors, actor);
                if (at >= 0) {
                    actors.set(at, claim);
                } else {
                    actors.add(claim);
                }
                changed.set(i, new ProfileClaim(profileId, actors));
                return withProfiles(changed);
            }
        }
        changed.add(new ProfileClaim(profileId, List.of(claim)));
        return withProfiles(changed);
    }

    /**
     * This statement without the claim of {@code actor} of {@code profileId}; a profile left without
     * actors is dropped. Unchanged if the actor was not claimed.
     */
    public IntegrationStatement without(String profileId, String actor) {
        List<ProfileClaim> changed = new ArrayList<>();
        for (ProfileClaim p : profiles) {
            if (p.profile().equals(profileId)) {
                List<ActorClaim> actors = p.actors().stream().filter(a -> !a.actor().equals(actor)).toList();
                if (!actors.isEmpty()) {
                    changed.add(new ProfileClaim(profileId, actors));
                }
            } else {
                changed.add(p);
            }
        }
        return withProfiles(changed);
    }

    /** "Image Archive 7.2": the product and version, as explanations name them. */
    public String product() {
        return (productName + " " + version).strip();
    }

    private static int indexOf(List<ActorClaim> actors, String actor) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).actor().equals(actor)) {
                return i;
            }
        }
        return -1;
    }
}
