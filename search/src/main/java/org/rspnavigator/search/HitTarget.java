package org.rspnavigator.search;

import java.util.Objects;

/**
 * Where a hit leads, as the document source that made it knows it, so that a user interface
 * can link to the right page without reading anything out of ids. {@link #id()} writes the
 * hit's id, unique within the index, from it.
 */
public sealed interface HitTarget {

    /** What kind of hit leads here. */
    HitType type();

    /**
     * The hit's id: the entry's id, {@code <use case>/<row>} for a use-case row,
     * {@code <profile>:<actor>} for an actor, {@code <profile>#<transaction>} for a transaction
     * ("swf-b#RAD-8"), {@code system-type:<id>} for a system type.
     */
    String id();

    /** A portfolio standard, by its id. */
    record StandardTarget(String id) implements HitTarget {
        public StandardTarget {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public HitType type() {
            return HitType.STANDARD;
        }
    }

    /** The {@code row}-th row (from 1) of a use case. */
    record UseCaseRowTarget(String useCase, int row) implements HitTarget {
        public UseCaseRowTarget {
            Objects.requireNonNull(useCase, "useCase");
        }

        @Override
        public HitType type() {
            return HitType.USE_CASE_ROW;
        }

        @Override
        public String id() {
            return useCase + "/" + row;
        }
    }

    /** An IHE profile, by its id. */
    record ProfileTarget(String id) implements HitTarget {
        public ProfileTarget {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public HitType type() {
            return HitType.PROFILE;
        }
    }

    /**
     * An actor of an IHE profile.
     *
     * @param actor the actor's name as a {@linkplain org.rspnavigator.markup.Slugs#slug(String) slug}
     */
    record ActorTarget(String profile, String actor) implements HitTarget {
        public ActorTarget {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public HitType type() {
            return HitType.ACTOR;
        }

        @Override
        public String id() {
            return profile + ":" + actor;
        }
    }

    /**
     * A transaction of an IHE profile, as the profile lists it.
     *
     * @param transaction the transaction's number as IHE writes it ("RAD-8", "ITI-41")
     */
    record TransactionTarget(String profile, String transaction) implements HitTarget {
        public TransactionTarget {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(transaction, "transaction");
        }

        @Override
        public HitType type() {
            return HitType.TRANSACTION;
        }

        @Override
        public String id() {
            return profile + "#" + transaction;
        }
    }

    /** A kind of system people buy (PACS, EHR), by its id. */
    record SystemTypeTarget(String systemType) implements HitTarget {
        public SystemTypeTarget {
            Objects.requireNonNull(systemType, "systemType");
        }

        @Override
        public HitType type() {
            return HitType.SYSTEM_TYPE;
        }

        @Override
        public String id() {
            return "system-type:" + systemType;
        }
    }
}
