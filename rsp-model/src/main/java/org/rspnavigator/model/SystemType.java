package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of system people buy (PACS, RIS, a CT scanner) and the IHE actors it usually plays, so
 * that "we are buying a PACS" can become actor-level requirements.
 *
 * @param useCaseSystems the system names the use-case tables print for this kind of system
 * @param creates        for a system that acquires or produces objects (a modality): the ids of the
 *                       portfolio content standards it really creates, so that a use-case row naming
 *                       several objects ("DICOM CT and X-Ray RDSR" for X-ray-based modalities) is
 *                       resolved per system; empty for a system that does not say (it stores, shows
 *                       or passes on what others create)
 * @param playsNoActor   profiles that use-case rows name for this system although it plays none of
 *                       their actors, each with why, for the planner
 * @param description    what the system is (Markdown, project's words)
 */
public record SystemType(String id, String name, List<String> aliases, List<String> useCaseSystems,
        List<ActorRole> plays, List<String> creates, List<NoActor> playsNoActor, String description, String source) {

    public SystemType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        useCaseSystems = List.copyOf(useCaseSystems);
        plays = List.copyOf(plays);
        creates = List.copyOf(creates);
        playsNoActor = List.copyOf(playsNoActor);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
    }

    /** A system type that says nothing about what it creates or which profiles it has no part in. */
    public SystemType(String id, String name, List<String> aliases, List<String> useCaseSystems,
            List<ActorRole> plays, String description, String source) {
        this(id, name, aliases, useCaseSystems, plays, List.of(), List.of(), description, source);
    }

    /** Whether the system type lists the content objects it creates. */
    public boolean declaresCreated() {
        return !creates.isEmpty();
    }

    /** Why the system plays no actor of {@code profile}, if the catalog says. */
    public Optional<String> whyNoActorIn(String profile) {
        return playsNoActor.stream().filter(n -> n.profile().equals(profile)).map(NoActor::note).findFirst();
    }

    /** A profile the system takes no part in although a use-case row names it for the system. */
    public record NoActor(String profile, String note) {
        public NoActor {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(note, "note");
        }
    }

    /** An actor of a profile that the system plays, with the options usually asked for. */
    public record ActorRole(String profile, String actor, List<String> options, Optional<String> note) {
        public ActorRole {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(actor, "actor");
            options = List.copyOf(options);
            Objects.requireNonNull(note, "note");
        }
    }
}
