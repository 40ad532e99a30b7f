package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;

/**
 * A clinical service a project may have in scope (cardiology, breast imaging, nuclear medicine,
 * ...) and what of the catalog belongs to it: portfolio standards, IHE profiles outside the
 * portfolio, options of profiles, and use-case rows. What belongs to no service is general and
 * always in scope; what belongs to services is in scope when at least one of them is. An option
 * or a row that belongs to a service needs that service in scope on top of whatever its profile
 * or standards need.
 *
 * @param standards   portfolio standards that belong to the service (an IHE profile in the
 *                    portfolio is listed by its portfolio entry, {@code ihe-cath})
 * @param profiles    ids of IHE profiles that are not portfolio entries ({@code fus})
 * @param options     options of profiles' actors that only this service asks for
 * @param rows        use-case rows that belong to the service as a whole
 * @param proposes    IHE profiles outside the portfolio (not rated by ISO 21860) that having the
 *                    service in scope brings into a proposal, for the systems that play their
 *                    actors: the way a planner opts in to AIR and AIW-I
 * @param description what the service covers (Markdown, project's words)
 */
public record ClinicalService(String id, String name, List<Standard> standards, List<String> profiles,
        List<ProfileOption> options, List<RowRef> rows, List<Proposed> proposes, String description, String source) {

    public ClinicalService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        standards = List.copyOf(standards);
        profiles = List.copyOf(profiles);
        options = List.copyOf(options);
        rows = List.copyOf(rows);
        proposes = List.copyOf(proposes);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
    }

    public ClinicalService(String id, String name, List<Standard> standards, List<String> profiles,
            List<ProfileOption> options, List<RowRef> rows, String description, String source) {
        this(id, name, standards, profiles, options, rows, List.of(), description, source);
    }

    /** A profile the service brings into proposals, and the portfolio category its requirements are listed under. */
    public record Proposed(String profile, Category category) {
        public Proposed {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(category, "category");
        }
    }

    /** An option of an IHE profile, whichever of its actors offers it ("NMI", "Cardiac NM"). */
    public record ProfileOption(String profile, String option) {
        public ProfileOption {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(option, "option");
        }
    }

    /** A row of a use case, by the label the use case prints for it. */
    public record RowRef(String useCase, String label) {
        public RowRef {
            Objects.requireNonNull(useCase, "useCase");
            Objects.requireNonNull(label, "label");
        }

        public boolean is(UseCaseRow row) {
            return row.useCaseId().equals(useCase) && row.label().equals(label);
        }
    }
}
