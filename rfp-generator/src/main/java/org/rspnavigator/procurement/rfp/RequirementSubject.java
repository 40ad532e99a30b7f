package org.rspnavigator.procurement.rfp;

import java.util.List;
import java.util.Objects;

/** What a requirement asks for: support of a portfolio standard, or an IHE profile actor with options. */
public sealed interface RequirementSubject {

    /** Support of a portfolio standard (a catalog standard id). */
    record StandardSupport(String standard) implements RequirementSubject {
        public StandardSupport {
            Objects.requireNonNull(standard, "standard");
        }
    }

    /** Implementation of an IHE profile as one of its actors, with the options named (may be none). */
    record ProfileActor(String profile, String actor, List<String> options) implements RequirementSubject {
        public ProfileActor {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(actor, "actor");
            options = List.copyOf(options);
        }
    }
}
