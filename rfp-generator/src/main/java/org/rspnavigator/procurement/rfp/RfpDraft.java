package org.rspnavigator.procurement.rfp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.Term;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.rfp.ResolvedRfp.ProcuredType;
import org.rspnavigator.procurement.rfp.ResolvedRfp.ResolvedMandate;

/**
 * An RFP as the planner works on it: the spec, the requirements in force, the ones withdrawn
 * (kept so that their numbers are never given again and they can be restored), local mandates and
 * custom clauses, and what the proposer left out with why (out of the clinical scope, a content
 * object the system does not create, a profile it plays no actor of), for the planner to add back.
 * Every change returns a new draft; numbers, once given, stay with their requirement through
 * re-proposals.
 */
public record RfpDraft(RfpSpec spec, List<Requirement> requirements, List<Requirement> withdrawn,
        List<LocalMandate> mandates, List<CustomClause> clauses, List<LeftOut> leftOut) {

    public static final int MAX_SYSTEMS = 40;
    public static final int MAX_REQUIREMENTS = 3_000;
    public static final int MAX_MANDATES = 100;
    public static final int MAX_CLAUSES = 50;
    public static final int MAX_QUANTITY = 100_000;

    public RfpDraft {
        Objects.requireNonNull(spec, "spec");
        requirements = List.copyOf(requirements);
        withdrawn = List.copyOf(withdrawn);
        mandates = List.copyOf(mandates);
        clauses = List.copyOf(clauses);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
    }

    /** A draft that records nothing left out (as drafts were stored before the proposer said). */
    public RfpDraft(RfpSpec spec, List<Requirement> requirements, List<Requirement> withdrawn,
            List<LocalMandate> mandates, List<CustomClause> clauses) {
        this(spec, requirements, withdrawn, mandates, clauses, List.of());
    }

    /** A new project: what the proposer makes of the spec, nothing withdrawn, no mandates or clauses. */
    public static RfpDraft proposed(RfpSpec spec, RequirementProposer proposer) {
        RequirementProposer.Proposal proposal = proposer.proposal(spec);
        return new RfpDraft(spec, proposal.requirements(), List.of(), List.of(), List.of(), proposal.leftOut());
    }

    /**
     * What the draft says about its clinical scope: that none was given (and so nothing was left
     * out for scope), or which services it was proposed for and how much was left out.
     */
    public String scopeNote() {
        if (!spec.scopeGiven()) {
            return "No clinical services were given, so nothing was left out for clinical scope: what the chosen use "
                    + "cases name is proposed whatever clinical service it belongs to (cardiology, breast imaging, "
                    + "nuclear medicine, ...). Give the clinical services in scope to leave out what belongs only to "
                    + "others.";
        }
        long scope = leftOut.stream().filter(o -> o.kind() == LeftOutReason.OUT_OF_SCOPE).count();
        return "Proposed for the clinical services in scope (" + String.join(", ", spec.clinicalServices()) + "): "
                + scope + (scope == 1 ? " item that belongs" : " items that belong")
                + " only to other services " + (scope == 1 ? "is" : "are") + " left out, each listed with its reason.";
    }

    /**
     * Asks for something the proposer left out after all: a standard or actor as a requirement of
     * the planner's under the next free number; an option by adding it to its actor's requirement
     * (or, if that actor is not asked for, as a requirement of the actor with that option).
     *
     * @throws IllegalArgumentException if {@code item} is not left out in this draft, or names no
     *                                  actor (a profile the system plays none of: add the actor by hand)
     */
    public RfpDraft addBack(LeftOut item, RequirementProposer proposer) {
        if (!leftOut.contains(item)) {
            throw new IllegalArgumentException("That is not among what this draft left out.");
        }
        if (item.kind() == LeftOutReason.NO_ACTOR) {
            throw new IllegalArgumentException("The system plays no actor of that profile: add a requirement for the "
                    + "actor it should play instead.");
        }
        String reason = "Added back by the planner. " + item.reason();
        Optional<Category> category = Term.fromSlug(Category.class, item.category());
        if (item.optionOnly()) {
            RequirementSubject.ProfileActor wanted = (RequirementSubject.ProfileActor) item.subject();
            Optional<Requirement> actor = requirements.stream().filter(r -> r.system().equals(item.system())
                    && r.subject() instanceof RequirementSubject.ProfileActor pa && pa.profile().equals(wanted.profile())
                    && pa.actor().equals(wanted.actor())).findFirst();
            if (actor.isPresent()) {
                Requirement r = actor.get();
                RequirementSubject.ProfileActor had = (RequirementSubject.ProfileActor) r.subject();
                List<String> options = new ArrayList<>(had.options());
                options.add(item.option());
                Requirement changed = proposer.planned(r.number(), r.system(), r.level(),
                        new RequirementSubject.ProfileActor(had.profile(), had.actor(), options),
                        Term.fromSlug(Category.class, r.category()), r.rationale() + " The planner added the “"
                                + item.option() + "” option back.").withAmendment(r.amendment());
                return replace(r.number(), old -> changed).withoutCovered(proposer);
            }
        }
        return withAdded(item.system(), item.level(), item.subject(), category, reason, proposer);
    }

    /**
     * This draft without the left-out items that its requirements, active or withdrawn, now ask
     * for (a client that added one back by editing the requirements need not edit the list too).
     */
    public RfpDraft withoutCovered(RequirementProposer proposer) {
        List<LeftOut> still = leftOut.stream().filter(o -> concat(requirements, withdrawn).stream()
                .noneMatch(r -> proposer.covers(r, o))).toList();
        return still.size() == leftOut.size() ? this
                : new RfpDraft(spec, requirements, withdrawn, mandates, clauses, still);
    }

    /**
     * The draft for a changed spec. What the proposer now proposes is merged with what the planner
     * had: a requirement proposed before keeps its number, level and wording, a withdrawn one stays
     * withdrawn, a new one gets the next free number of its system, and one no longer in scope
     * goes. The planner's own requirements stay while their system is still bought.
     */
    public RfpDraft withSpec(RfpSpec newSpec, RequirementProposer proposer) {
        RequirementProposer.Proposal proposal = proposer.proposal(newSpec);
        List<Requirement> fresh = proposal.requirements();
        Map<String, Requirement> active = bySubject(requirements);
        Map<String, Requirement> dropped = bySubject(withdrawn);
        Set<String> systems = new HashSet<>();
        newSpec.systems().forEach(s -> systems.add(s.systemType()));
        Numbers numbers = new Numbers(requirements, withdrawn);
        List<Requirement> keep = new ArrayList<>();
        List<Requirement> stillWithdrawn = new ArrayList<>();
        Set<String> proposedNow = new HashSet<>();
        for (Requirement r : fresh) {
            String key = RequirementProposer.sameAs(r);
            proposedNow.add(key);
            if (active.containsKey(key)) {
                keep.add(active.get(key));
            } else if (dropped.containsKey(key)) {
                stillWithdrawn.add(dropped.get(key));
            } else {
                keep.add(r.renumbered(numbers.next(r.system())));
            }
        }
        for (Requirement r : requirements) {
            if (r.origin() == RequirementOrigin.PLANNER && systems.contains(r.system())
                    && !proposedNow.contains(RequirementProposer.sameAs(r))) {
                keep.add(r);
            }
        }
        for (Requirement r : withdrawn) {
            if (r.origin() == RequirementOrigin.PLANNER && systems.contains(r.system())) {
                stillWithdrawn.add(r);
            }
        }
        return new RfpDraft(newSpec, ordered(newSpec, keep), ordered(newSpec, stillWithdrawn), mandates, clauses,
                proposal.leftOut()).withoutCovered(proposer);
    }

    /**
     * Sets the level of requirement {@code number}.
     *
     * @throws IllegalArgumentException if it lowers a SHALL the portfolio proposed and no reason was
     *                                  given before (see {@link #withLevel(String, RequirementLevel, String)})
     */
    public RfpDraft withLevel(String number, RequirementLevel level) {
        return withLevel(number, level, "");
    }

    /**
     * Sets the level of requirement {@code number} for the reason given (blank keeps an earlier
     * reason).
     *
     * @throws IllegalArgumentException if there is no such requirement in force, or the change
     *                                  lowers a SHALL the portfolio proposed without any reason
     *                                  ({@link ExceptionToPortfolio})
     */
    public RfpDraft withLevel(String number, RequirementLevel level, String reason) {
        Requirement before = find(requirements, number);
        Requirement after = before.withLevel(level);
        after = after.withAmendment(after.amendment().because(reason));
        ExceptionToPortfolio.requireReason(before, after, false);
        Requirement changed = after;
        return replace(number, r -> changed);
    }

    /** Withdraws requirement {@code number}: no longer printed, its number kept. */
    public RfpDraft withdraw(String number) {
        return withdraw(number, "");
    }

    /**
     * Withdraws requirement {@code number} for the reason given (printed where the documents
     * account for the numbers no longer used; blank keeps an earlier reason).
     *
     * @throws IllegalArgumentException if there is no such requirement in force, or it is a SHALL
     *                                  the portfolio proposed and no reason was given
     *                                  ({@link ExceptionToPortfolio})
     */
    public RfpDraft withdraw(String number, String reason) {
        Requirement found = find(requirements, number);
        Requirement r = found.withAmendment(found.amendment().because(reason));
        ExceptionToPortfolio.requireReason(found, r, true);
        List<Requirement> rest = new ArrayList<>(requirements);
        rest.remove(found);
        List<Requirement> out = new ArrayList<>(withdrawn);
        out.add(r);
        return new RfpDraft(spec, rest, ordered(spec, out), mandates, clauses, leftOut);
    }

    /** Puts a withdrawn requirement back, under its old number. */
    public RfpDraft restore(String number) {
        Requirement r = find(withdrawn, number);
        List<Requirement> out = new ArrayList<>(withdrawn);
        out.remove(r);
        List<Requirement> in = new ArrayList<>(requirements);
        in.add(r);
        return new RfpDraft(spec, ordered(spec, in), out, mandates, clauses, leftOut);
    }

    /**
     * What the buyer changes of one requirement in force: its level, the options of the actor it
     * asks for, its wording, and the reason for the change.
     *
     * @param level   the level it is to have
     * @param options the options of its actor the buyer asks for; ignored for a requirement on a
     *                standard; {@code null} to keep them
     * @param text    the requirement's sentence as the buyer words it; {@code null} or blank to keep
     *                the wording (made anew for the options and level chosen)
     * @param reason  why; printed after the rationale; blank keeps the reason given before
     */
    public record Edit(RequirementLevel level, List<String> options, String text, String reason) {

        public Edit {
            Objects.requireNonNull(level, "level");
            options = options == null ? null : List.copyOf(options);
        }
    }

    /**
     * Changes requirement {@code number} as {@code edit} says. New options give the requirement
     * the wording and conformance a planner's requirement for those options has; the number,
     * category, origin and rationale stay, and the amendment records the level proposed and the
     * reason. Wording given by the buyer is kept as written, and must state the requirement's
     * level (its RFC 2119 keyword) and no other.
     *
     * @throws IllegalArgumentException if there is no such requirement in force, an option is not
     *                                  the actor's, the wording is empty, too long or states
     *                                  another level, or the edit lowers a SHALL the portfolio
     *                                  proposed without any reason ({@link ExceptionToPortfolio})
     */
    public RfpDraft amended(String number, Edit edit, RequirementProposer proposer) {
        Requirement r = find(requirements, number);
        Requirement changed = r;
        if (edit.options() != null && r.subject() instanceof RequirementSubject.ProfileActor pa
                && !List.copyOf(new java.util.LinkedHashSet<>(edit.options())).equals(pa.options())) {
            List<String> options = List.copyOf(new java.util.LinkedHashSet<>(edit.options()));
            Requirement worded = proposer.planned(r.number(), r.system(), r.level(),
                    new RequirementSubject.ProfileActor(pa.profile(), pa.actor(), options),
                    Term.fromSlug(Category.class, r.category()), r.rationale());
            changed = new Requirement(r.number(), r.level(), r.system(), r.category(), worded.subject(),
                    worded.text(), r.rationale(), r.origin(), worded.conformance(), List.of(), r.amendment());
        }
        changed = changed.withLevel(edit.level());
        if (edit.text() != null && !edit.text().isBlank() && !edit.text().strip().equals(changed.text())) {
            String text = edit.text().strip().replaceAll("[ \t]+", " ");
            if (text.length() > FieldLimits.TEXT) {
                throw new IllegalArgumentException("The wording of " + number + " is " + text.length()
                        + " characters long; at most " + FieldLimits.TEXT + " are allowed.");
            }
            for (RequirementLevel other : RequirementLevel.values()) {
                if (other != edit.level() && text.matches("(?s).*\\b" + other.label() + "\\b.*")) {
                    throw new IllegalArgumentException("The wording of " + number + " says " + other.label()
                            + " but its level is " + edit.level().label() + ": change one of them.");
                }
            }
            if (!text.matches("(?s).*\\b" + edit.level().label() + "\\b.*")) {
                throw new IllegalArgumentException("The wording of " + number + " does not say " + edit.level().label()
                        + ": a bidder reads the level from the sentence, so keep the keyword in it.");
            }
            changed = new Requirement(changed.number(), changed.level(), changed.system(), changed.category(),
                    changed.subject(), text, changed.rationale(), changed.origin(), changed.conformance(),
                    changed.alternatives(), changed.amendment());
        }
        Requirement result = changed.withAmendment(changed.amendment().because(edit.reason()));
        ExceptionToPortfolio.requireReason(r, result, false);
        return replace(number, old -> result).withoutCovered(proposer);
    }

    /**
     * Adds a requirement of the planner's under the next free number of its system.
     *
     * @throws IllegalArgumentException if the system is not bought in this project, the subject is
     *                                  not in the catalog, or the same thing is already asked for
     */
    public RfpDraft withAdded(String system, RequirementLevel level, RequirementSubject subject,
            Optional<Category> category, String reason, RequirementProposer proposer) {
        if (spec.systems().stream().noneMatch(s -> s.systemType().equals(system))) {
            throw new IllegalArgumentException("This project does not procure a system of type '" + system
                    + "'; add it to the systems first.");
        }
        Requirement added = proposer.planned(new Numbers(requirements, withdrawn).next(system), system, level,
                subject, category, reason);
        String key = RequirementProposer.sameAs(added);
        for (Requirement r : requirements) {
            if (RequirementProposer.sameAs(r).equals(key)) {
                throw new IllegalArgumentException("Requirement " + r.number() + " already asks for this.");
            }
        }
        for (Requirement r : withdrawn) {
            if (RequirementProposer.sameAs(r).equals(key)) {
                throw new IllegalArgumentException("Requirement " + r.number()
                        + " asked for this and was withdrawn: restore it instead.");
            }
        }
        List<Requirement> in = new ArrayList<>(requirements);
        in.add(added);
        return new RfpDraft(spec, ordered(spec, in), withdrawn, mandates, clauses, leftOut).withoutCovered(proposer);
    }

    public RfpDraft withMandates(List<LocalMandate> newMandates) {
        return new RfpDraft(spec, requirements, withdrawn, newMandates, clauses, leftOut);
    }

    public RfpDraft withClauses(List<CustomClause> newClauses) {
        return new RfpDraft(spec, requirements, withdrawn, mandates, newClauses, leftOut);
    }

    /**
     * The exceptions to the portfolio this draft makes: the SHALLs proposed from the portfolio
     * that the buyer lowered, then those withdrawn, each in the draft's order.
     */
    public List<ExceptionToPortfolio> exceptions() {
        return ExceptionToPortfolio.all(requirements, withdrawn);
    }

    /**
     * Checks a draft sent whole (by the API) against {@code before}, the draft it replaces. The
     * origin of a requirement and the level it was proposed at are the project's: where the draft
     * sent leaves them out or changes them for a requirement {@code before} had from the
     * portfolio, they are taken from {@code before}. The draft is then refused if it makes an
     * exception to the portfolio without a reason that {@code before} did not already make the
     * same way: so a client cannot lower or withdraw a proposed SHALL unexplained by sending the
     * whole draft, while a draft saved before reasons were asked for can be saved again unchanged.
     *
     * @param before the draft saved until now; {@code null} for a new project
     * @return this draft, with the origins and proposed levels of {@code before} kept
     * @throws ReasonRequiredException naming every requirement that needs a reason
     */
    public RfpDraft explainedSince(RfpDraft before) {
        RfpDraft sent = before == null ? this : withProposalsOf(before);
        Set<String> known = new HashSet<>();
        if (before != null) {
            before.exceptions().stream().filter(e -> !e.explained()).forEach(e -> known.add(e.number() + " " + e.change()));
        }
        List<ExceptionToPortfolio> unexplained = sent.exceptions().stream()
                .filter(e -> !e.explained() && !known.contains(e.number() + " " + e.change())).toList();
        if (!unexplained.isEmpty()) {
            throw new ReasonRequiredException(unexplained.getFirst().number(), String.join(" ",
                    unexplained.stream().map(ExceptionToPortfolio::reasonRequired).toList()));
        }
        return sent.equals(this) ? this : sent;
    }

    /** This draft with the origin and proposed level {@code before} gave each of its portfolio requirements. */
    private RfpDraft withProposalsOf(RfpDraft before) {
        Map<String, Requirement> earlier = new HashMap<>();
        concat(before.requirements, before.withdrawn).forEach(r -> earlier.put(r.number(), r));
        UnaryOperator<Requirement> keep = r -> {
            Requirement b = earlier.get(r.number());
            if (b == null || !b.origin().followsThePortfolio()) {
                return r;
            }
            RequirementLevel proposed = r.amendment().proposed()
                    .orElse(b.amendment().proposed().orElse(b.level()));
            Amendment amendment = new Amendment(proposed == r.level() ? null : proposed, r.amendment().reason());
            return new Requirement(r.number(), r.level(), r.system(), r.category(), r.subject(), r.text(),
                    r.rationale(), b.origin(), r.conformance(), r.alternatives(), amendment);
        };
        return new RfpDraft(spec, requirements.stream().map(keep).toList(), withdrawn.stream().map(keep).toList(),
                mandates, clauses, leftOut);
    }

    /** What the documents are made from. */
    public RfpDocument toDocument(int version, LocalDate issued) {
        return new RfpDocument(spec, requirements, withdrawn, mandates, clauses, version, issued);
    }

    /**
     * Checks the draft against the catalog and the limits of {@link FieldLimits} (each problem
     * naming the field as the API's JSON names it), as it is before it is saved or rendered.
     *
     * @return this draft
     * @throws IllegalArgumentException listing every problem, for the planner to correct
     */
    public RfpDraft validated(Catalog catalog) {
        return resolve(catalog).draft();
    }

    /**
     * Checks the draft as {@link #validated} does, and gives it with the catalog entries it names,
     * ready for its documents ({@link ResolvedDraft#toDocument}).
     *
     * @throws IllegalArgumentException listing every problem, for the planner to correct
     */
    public ResolvedDraft resolve(Catalog catalog) {
        List<String> problems = new ArrayList<>();
        if (spec.projectName().isBlank()) {
            problems.add("The project needs a name.");
        }
        tooLong(problems, "The project name", "projectName", spec.projectName(), FieldLimits.NAME);
        tooLong(problems, "The organization", "organization", spec.organization(), FieldLimits.NAME);
        for (String id : spec.useCases()) {
            if (catalog.useCase(id).isEmpty()) {
                problems.add("The catalog has no use case '" + FieldLimits.quoted(id) + "'.");
            }
        }
        for (String id : spec.clinicalServices()) {
            if (catalog.clinicalService(id).isEmpty()) {
                problems.add("The catalog has no clinical service '" + FieldLimits.quoted(id) + "'.");
            }
        }
        if (spec.systems().size() > MAX_SYSTEMS) {
            problems.add("A project procures at most " + MAX_SYSTEMS + " kinds of system.");
        }
        Set<String> systems = new HashSet<>();
        List<ProcuredType> procured = new ArrayList<>();
        for (ProcuredSystem s : spec.systems()) {
            String type = FieldLimits.quoted(s.systemType());
            Optional<SystemType> known = catalog.systemType(s.systemType());
            if (known.isEmpty()) {
                problems.add("The catalog has no system type '" + type + "'.");
            } else if (!systems.add(s.systemType())) {
                problems.add("The system type '" + type + "' is listed twice; give one quantity.");
            } else {
                procured.add(new ProcuredType(s, known.get()));
            }
            if (s.quantity() > MAX_QUANTITY) {
                problems.add("The quantity of '" + type + "' is more than " + MAX_QUANTITY + ".");
            }
            tooLong(problems, "The notes on '" + type + "'", "notes", s.notes(), FieldLimits.TEXT);
        }
        if (requirements.size() + withdrawn.size() > MAX_REQUIREMENTS) {
            problems.add("A project holds at most " + MAX_REQUIREMENTS + " requirements.");
        }
        Set<String> numbers = new HashSet<>();
        Map<Requirement, ResolvedRequirement> resolved = new IdentityHashMap<>();
        for (Requirement r : concat(requirements, withdrawn)) {
            if (r.number().length() > FieldLimits.NUMBER) {
                // Every message below names the requirement by its number: say this once, and no more.
                problems.add("A requirement number (number) has " + r.number().length() + " characters; at most "
                        + FieldLimits.NUMBER + " are allowed: '" + FieldLimits.quoted(r.number()) + "'.");
                continue;
            }
            if (!numbers.add(r.number())) {
                problems.add("The number " + r.number() + " is given twice.");
            }
            if (!systems.contains(r.system())) {
                problems.add("Requirement " + r.number() + " is for '" + FieldLimits.quoted(r.system())
                        + "', which the project does not procure.");
            }
            CatalogLookup found = CatalogLookup.of(catalog, r);
            if (found.category().isEmpty()) {
                problems.add("Requirement " + r.number() + " has an unknown category '"
                        + FieldLimits.quoted(r.category()) + "'.");
            }
            subjectProblem(found).ifPresent(problems::add);
            tooLong(problems, "The text of " + r.number(), "text", r.text(), FieldLimits.TEXT);
            tooLong(problems, "The rationale of " + r.number(), "rationale", r.rationale(), FieldLimits.TEXT);
            tooLong(problems, "The reason for changing " + r.number(), "changeReason", r.amendment().reason(),
                    FieldLimits.TEXT);
            found.resolved().ifPresent(done -> resolved.put(r, done));
        }
        leftOutProblems(catalog, systems).forEach(problems::add);
        if (mandates.size() > MAX_MANDATES) {
            problems.add("A project holds at most " + MAX_MANDATES + " local mandates.");
        }
        List<ResolvedMandate> resolvedMandates = new ArrayList<>();
        for (int i = 0; i < mandates.size(); i++) {
            LocalMandate m = mandates.get(i);
            String which = "Local mandate " + (i + 1);
            if (m.title().isBlank()) {
                problems.add(which + " needs a title.");
            }
            tooLong(problems, which + "'s title", "title", m.title(), FieldLimits.TITLE);
            tooLong(problems, which + "'s text", "text", m.text(), FieldLimits.MARKDOWN);
            Optional<Standard> standard = m.standard().isEmpty() ? Optional.empty() : catalog.standard(m.standard());
            if (!m.standard().isEmpty() && standard.isEmpty()) {
                problems.add(which + " names a standard the catalog does not hold: '" + FieldLimits.quoted(m.standard())
                        + "'.");
            }
            resolvedMandates.add(new ResolvedMandate(m, standard));
        }
        if (clauses.size() > MAX_CLAUSES) {
            problems.add("A project holds at most " + MAX_CLAUSES + " custom clauses.");
        }
        for (int i = 0; i < clauses.size(); i++) {
            CustomClause c = clauses.get(i);
            String which = "Custom clause " + (i + 1);
            if (c.title().isBlank()) {
                problems.add(which + " needs a title.");
            }
            tooLong(problems, which + "'s title", "title", c.title(), FieldLimits.TITLE);
            tooLong(problems, which + "'s text", "markdown", c.markdown(), FieldLimits.MARKDOWN);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        return new ResolvedDraft(this, catalog, procured, requirements.stream().map(resolved::get).toList(),
                resolvedMandates);
    }

    /** What is wrong with the left-out items: too many, a system not procured, a subject or service not in the catalog. */
    private List<String> leftOutProblems(Catalog catalog, Set<String> systems) {
        List<String> problems = new ArrayList<>();
        if (leftOut.size() > MAX_REQUIREMENTS) {
            problems.add("A project records at most " + MAX_REQUIREMENTS + " items left out (leftOut).");
            return problems;
        }
        for (int i = 0; i < leftOut.size(); i++) {
            LeftOut o = leftOut.get(i);
            String which = "leftOut[" + i + "]";
            if (!systems.contains(o.system())) {
                problems.add(which + " is for '" + FieldLimits.quoted(o.system()) + "', which the project does not procure.");
            }
            if (Term.fromSlug(Category.class, o.category()).isEmpty()) {
                problems.add(which + " has an unknown category '" + FieldLimits.quoted(o.category()) + "'.");
            }
            boolean known = switch (o.subject()) {
                case RequirementSubject.StandardSupport s -> catalog.standard(s.standard()).isPresent();
                case RequirementSubject.ProfileActor p -> catalog.profile(p.profile()).flatMap(pr -> pr.actor(p.actor()))
                        .map(a -> p.options().stream().allMatch(opt -> a.option(opt).isPresent())).orElse(false);
            };
            if (!known) {
                problems.add(which + " names a standard, profile, actor or option the catalog does not hold.");
            }
            for (String service : o.services()) {
                if (catalog.clinicalService(service).isEmpty()) {
                    problems.add(which + " names a clinical service the catalog does not hold: '"
                            + FieldLimits.quoted(service) + "'.");
                }
            }
            tooLong(problems, "The reason of " + which, "reason", o.reason(), FieldLimits.TEXT);
        }
        return problems;
    }

    /** What the catalog lacks of a requirement's subject, as the planner reads it. */
    private static Optional<String> subjectProblem(CatalogLookup found) {
        Requirement r = found.requirement();
        return switch (r.subject()) {
            case RequirementSubject.StandardSupport s -> found.standard().isPresent() ? Optional.empty()
                    : Optional.of("Requirement " + r.number() + " names a standard the catalog does not hold: '"
                            + FieldLimits.quoted(s.standard()) + "'.");
            case RequirementSubject.ProfileActor p -> {
                if (found.profile().isEmpty()) {
                    yield Optional.of("Requirement " + r.number() + " names an IHE profile the catalog does not hold: '"
                            + FieldLimits.quoted(p.profile()) + "'.");
                }
                Profile profile = found.profile().get();
                if (found.actor().isEmpty()) {
                    yield Optional.of("Requirement " + r.number() + ": IHE " + profile.acronym()
                            + " has no actor '" + FieldLimits.quoted(p.actor()) + "'.");
                }
                yield found.unknownOptions().stream().findFirst()
                        .map(o -> "Requirement " + r.number() + ": the " + p.actor() + " of IHE "
                                + profile.acronym() + " has no option '" + FieldLimits.quoted(o) + "'.");
            }
        };
    }

    private static void tooLong(List<String> problems, String what, String field, String text, int max) {
        FieldLimits.tooLong(what, field, text, max).ifPresent(problems::add);
    }

    private RfpDraft replace(String number, UnaryOperator<Requirement> change) {
        Requirement r = find(requirements, number);
        List<Requirement> out = new ArrayList<>(requirements);
        out.set(out.indexOf(r), change.apply(r));
        return new RfpDraft(spec, out, withdrawn, mandates, clauses, leftOut);
    }

    private static Requirement find(List<Requirement> list, String number) {
        return list.stream().filter(r -> r.number().equals(number)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no requirement " + number + " here."));
    }

    private static Map<String, Requirement> bySubject(List<Requirement> list) {
        Map<String, Requirement> map = new LinkedHashMap<>();
        list.forEach(r -> map.putIfAbsent(RequirementProposer.sameAs(r), r));
        return map;
    }

    /** By system in the order the spec lists them, then by category, then by number. */
    private static List<Requirement> ordered(RfpSpec spec, List<Requirement> list) {
        Map<String, Integer> systemOrder = new HashMap<>();
        for (int i = 0; i < spec.systems().size(); i++) {
            systemOrder.put(spec.systems().get(i).systemType(), i);
        }
        return list.stream().sorted(Comparator
                .comparing((Requirement r) -> systemOrder.getOrDefault(r.system(), Integer.MAX_VALUE))
                .thenComparing(r -> categoryOrder(r.category()))
                .thenComparing(r -> Numbers.suffix(r.number()))).toList();
    }

    private static int categoryOrder(String slug) {
        Category c = Term.fromSlug(Category.class, slug).orElse(null);
        return c == null ? Integer.MAX_VALUE : c.ordinal();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The next free number of each system: one more than the highest ever given, withdrawn included. */
    private static final class Numbers {
        private final Map<String, Integer> highest = new HashMap<>();

        Numbers(List<Requirement> active, List<Requirement> withdrawn) {
            for (Requirement r : concat(active, withdrawn)) {
                highest.merge(r.system(), suffix(r.number()), Math::max);
            }
        }

        String next(String system) {
            int n = highest.merge(system, 1, (old, one) -> old + 1);
            return String.format(Locale.ROOT, "%s-%02d", system.toUpperCase(Locale.ROOT), n);
        }

        static int suffix(String number) {
            int dash = number.lastIndexOf('-');
            try {
                return Integer.parseInt(number.substring(dash + 1));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
