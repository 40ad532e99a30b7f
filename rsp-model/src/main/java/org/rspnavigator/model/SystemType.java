package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of system people buy (PACS, RIS, a CT scanner) and the IHE actors it usually plays, so
 * that "we are buying a PACS" can become actor-level requirements.
 *
 * @param useCaseSystems the system names the use-case tables print for this kind of system
 * @param description    what the system is (Markdown, project's words)
 */
public record SystemType(String id, String name, List<String> aliases, List<String> useCaseSystems,
        List<ActorRole> plays, String description, String source) {

    public SystemType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        useCaseSystems = List.copyOf(useCaseSystems);
        plays = List.copyOf(plays);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
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
