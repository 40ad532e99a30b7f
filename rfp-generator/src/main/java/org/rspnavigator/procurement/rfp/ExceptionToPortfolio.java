package org.rspnavigator.procurement.rfp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A requirement the portfolio asked for at SHALL that the buyer lowered (to SHOULD or MAY) or
 * withdrew: a departure from the usage rule of ISO 21860 clause 5.1, which the buyer is to write
 * down with its reason ("comply or explain"). The RFP section lists each in its local-mandates
 * section, and the organization's report gathers them across projects.
 *
 * <p>Only requirements whose origin {@linkplain RequirementOrigin#followsThePortfolio follows the
 * portfolio} count: the planner's own requirements, and profiles opted in that the portfolio does
 * not rate, are the buyer's to set at any level.
 *
 * @param requirement the requirement as the buyer left it
 * @param withdrawn   whether it was withdrawn (rather than lowered)
 */
public record ExceptionToPortfolio(Requirement requirement, boolean withdrawn) {

    public ExceptionToPortfolio {
        Objects.requireNonNull(requirement, "requirement");
    }

    /**
     * The exception {@code r} makes, if it makes one: proposed from the portfolio at SHALL, and now
     * at a lower level or (with {@code withdrawn}) no longer asked for.
     */
    public static Optional<ExceptionToPortfolio> of(Requirement r, boolean withdrawn) {
        if (!r.origin().followsThePortfolio() || proposedLevel(r) != RequirementLevel.SHALL) {
            return Optional.empty();
        }
        return withdrawn || r.level() != RequirementLevel.SHALL ? Optional.of(new ExceptionToPortfolio(r, withdrawn))
                : Optional.empty();
    }

    /**
     * Refuses a change that leaves {@code after} an exception to the portfolio without a reason,
     * when the change is the one that makes it so: a withdrawal, or a new level. A requirement
     * saved before reasons were asked for keeps loading; only changing it again needs the reason.
     *
     * @throws ReasonRequiredException naming the requirement and why a reason is needed
     */
    static void requireReason(Requirement before, Requirement after, boolean withdrawn) {
        if (!withdrawn && before.level() == after.level()) {
            return;
        }
        of(after, withdrawn).filter(e -> !e.explained()).ifPresent(e -> {
            throw new ReasonRequiredException(e.number(), e.reasonRequired());
        });
    }

    /**
     * Whether setting {@code r} to {@code level}, or withdrawing it when {@code level} is empty,
     * departs from what the portfolio proposed: the change an editor asks a reason for.
     */
    public static boolean departs(Requirement r, Optional<RequirementLevel> level) {
        return r.origin().followsThePortfolio() && proposedLevel(r) == RequirementLevel.SHALL
                && level.map(l -> l != RequirementLevel.SHALL).orElse(true);
    }

    /** The exceptions among {@code inForce} and then among {@code withdrawn}, in their order. */
    static List<ExceptionToPortfolio> all(List<Requirement> inForce, List<Requirement> withdrawn) {
        List<ExceptionToPortfolio> all = new ArrayList<>();
        inForce.forEach(r -> of(r, false).ifPresent(all::add));
        withdrawn.forEach(r -> of(r, true).ifPresent(all::add));
        return List.copyOf(all);
    }

    /** The level the requirement was proposed at: the one its amendment remembers, else its own. */
    private static RequirementLevel proposedLevel(Requirement r) {
        return r.amendment().proposed().orElse(r.level());
    }

    public String number() {
        return requirement.number();
    }

    /** The system type id the requirement is for ("pacs"). */
    public String system() {
        return requirement.system();
    }

    /** The level the requirement has now; empty once withdrawn. */
    public Optional<RequirementLevel> now() {
        return withdrawn ? Optional.empty() : Optional.of(requirement.level());
    }

    /** The buyer's reason; empty when none was given (possible only in drafts saved before it was asked for). */
    public String reason() {
        return requirement.amendment().reason();
    }

    /** Whether the buyer gave a reason. */
    public boolean explained() {
        return !reason().isEmpty();
    }

    /** What the buyer did, in a few words: "lowered to SHOULD" or "withdrawn". */
    public String change() {
        return withdrawn ? "withdrawn" : "lowered to " + requirement.level().label();
    }

    /** The message that refuses this exception without a reason. */
    String reasonRequired() {
        String action = withdrawn ? "withdraw it" : "lower it to " + requirement.level().label();
        return "Requirement " + number() + " comes from the portfolio at SHALL: give a reason to " + action
                + ". ISO 21860 clause 5.1 asks that every exception to the portfolio be documented, and the reason "
                + "is printed with the local mandates.";
    }
}
