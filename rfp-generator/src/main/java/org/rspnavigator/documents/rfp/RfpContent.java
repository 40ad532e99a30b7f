package org.rspnavigator.documents.rfp;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.CatalogEdition;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Grouping;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.Term;
import org.rspnavigator.model.Verification;
import org.rspnavigator.model.VerificationLevel;
import org.rspnavigator.procurement.rfp.ExceptionToPortfolio;
import org.rspnavigator.procurement.rfp.PlannerText;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.ResolvedRequirement;
import org.rspnavigator.procurement.rfp.ResolvedRfp;
import org.rspnavigator.procurement.rfp.RfpDocument;

/**
 * An RFP ({@link ResolvedRfp}: its catalog entries already found) arranged as every output prints
 * it: requirements grouped by system (in the order the spec lists them) and then by portfolio
 * category (Tables 1–5 order), the standards and profiles cited, and all planner text capped
 * ({@link PlannerText}). Escaping is left to each output.
 */
final class RfpContent {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    final Catalog catalog;
    final RfpDocument doc;
    final String projectName;
    final String organization;
    final List<SystemSection> systems;
    /** Every requirement in print order (system, category, then the document's order). */
    final List<Item> items;
    final List<Standard> citedStandards;
    final List<Profile> citedProfiles;
    final List<Mandate> mandates;
    /** The SHALLs proposed from the portfolio that the buyer lowered or withdrew, with the reasons. */
    final List<PortfolioException> exceptions;
    final List<Clause> clauses;
    private final Set<String> numbers;
    /** A hyphenated word: where a requirement number is looked for. */
    private static final Pattern HYPHENATED = Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])[\\p{L}\\p{N}_]++(?:-[\\p{L}\\p{N}_]++)+");

    private RfpContent(Catalog catalog, RfpDocument doc, List<SystemSection> systems, List<Mandate> mandates,
            List<PortfolioException> exceptions, List<Clause> clauses) {
        this.catalog = catalog;
        this.doc = doc;
        String project = PlannerText.name(doc.spec().projectName());
        this.projectName = project.isEmpty() ? "Untitled project" : project;
        this.organization = PlannerText.name(doc.spec().organization());
        this.systems = List.copyOf(systems);
        this.items = systems.stream().flatMap(s -> s.categories().stream()).flatMap(c -> c.items().stream()).toList();
        this.mandates = List.copyOf(mandates);
        this.exceptions = List.copyOf(exceptions);
        this.clauses = List.copyOf(clauses);
        this.numbers = items.stream().map(Item::number).collect(Collectors.toUnmodifiableSet());
        Set<Standard> standards = new HashSet<>();
        Set<Profile> profiles = new HashSet<>();
        for (Item item : items) {
            item.standard().ifPresent(standards::add);
            item.profile().ifPresent(profiles::add);
            // A profile that is itself a portfolio entry has its ratings there, listed once in the glossary.
            item.profile().flatMap(Profile::portfolioEntry).ifPresent(standards::add);
        }
        mandates.forEach(m -> m.standard().ifPresent(standards::add));
        // The catalog's own order: Tables 1–5 for standards, domain and acronym for profiles.
        this.citedStandards = catalog.standards().stream().filter(standards::contains).toList();
        this.citedProfiles = catalog.profiles().stream().filter(profiles::contains).toList();
    }

    /** The document arranged for print: by system, then by category; planner text capped. */
    static RfpContent of(ResolvedRfp rfp) {
        Map<String, SystemType> types = new LinkedHashMap<>();
        Map<String, List<ProcuredSystem>> procured = new LinkedHashMap<>();
        for (ResolvedRfp.ProcuredType p : rfp.systems()) {
            types.putIfAbsent(p.procured().systemType(), p.type());
            procured.computeIfAbsent(p.procured().systemType(), k -> new ArrayList<>()).add(p.procured());
        }
        Map<String, List<Item>> bySystem = new LinkedHashMap<>();
        for (ResolvedRequirement r : rfp.requirements()) {
            Requirement req = r.requirement();
            types.putIfAbsent(req.system(), r.system());
            bySystem.computeIfAbsent(req.system(), k -> new ArrayList<>()).add(new Item(req, r.system(), r.category(),
                    PlannerText.paragraph(req.text()), PlannerText.paragraph(req.printedRationale()), r.standard(), r.profile(),
                    r.actor(), r.options(), unconfirmed(r, rfp.requirements())));
        }
        List<Mandate> mandates = rfp.mandates().stream().map(m -> new Mandate(titleOr(m.mandate().title(),
                "Local mandate"), m.standard(), PlannerText.markdown(m.mandate().text()))).toList();
        List<SystemSection> systems = new ArrayList<>();
        for (Map.Entry<String, SystemType> e : types.entrySet()) {
            List<ProcuredSystem> bought = procured.getOrDefault(e.getKey(), List.of());
            List<Item> items = bySystem.getOrDefault(e.getKey(), List.of());
            List<CategorySection> categories = new ArrayList<>();
            for (Category c : Category.values()) {
                List<Item> inCategory = items.stream().filter(i -> i.category() == c).toList();
                if (!inCategory.isEmpty()) {
                    categories.add(new CategorySection(c, inCategory));
                }
            }
            Optional<Integer> quantity = bought.isEmpty() ? Optional.empty()
                    : Optional.of(bought.stream().mapToInt(ProcuredSystem::quantity).sum());
            String notes = PlannerText.paragraph(bought.stream().map(ProcuredSystem::notes).filter(n -> !n.isBlank())
                    .collect(Collectors.joining("\n\n")));
            List<Withdrawn> withdrawn = rfp.document().withdrawn().stream()
                    .filter(w -> w.system().equals(e.getKey()))
                    .map(w -> new Withdrawn(w.number(), PlannerText.paragraph(w.amendment().reason()))).toList();
            systems.add(new SystemSection(e.getValue(), quantity, notes, categories, withdrawn));
        }
        RfpDocument doc = rfp.document();
        List<Clause> clauses = doc.clauses().stream()
                .map(c -> new Clause(titleOr(c.title(), "Additional clause"), PlannerText.markdown(c.markdown())))
                .toList();
        List<PortfolioException> exceptions = doc.exceptions().stream()
                .map(e -> PortfolioException.of(rfp.catalog(), e)).toList();
        return new RfpContent(rfp.catalog(), doc, systems, mandates, exceptions, clauses);
    }

    /**
     * The IHE facts a requirement names that the catalog has not confirmed against the Technical
     * Framework: its actor, its options and, for a requirement that comes from a grouping, the
     * grouping that asks for it (when every grouping of the same system that does is unconfirmed).
     * The checklist marks the same facts with the same notes.
     */
    private static List<Unconfirmed> unconfirmed(ResolvedRequirement r, List<ResolvedRequirement> all) {
        List<Unconfirmed> facts = new ArrayList<>();
        if (r.actor().isEmpty()) {
            return facts;
        }
        org.rspnavigator.model.ProfileActor actor = r.actor().get();
        Profile profile = r.profile().orElseThrow();
        note(actor.verification()).ifPresent(n -> facts.add(new Unconfirmed("actor " + actor.name(), n)));
        for (ActorOption o : r.options()) {
            note(o.verification()).ifPresent(n -> facts.add(new Unconfirmed("option " + o.name(), n)));
        }
        if (r.requirement().origin() == RequirementOrigin.GROUPING) {
            List<String> requiredBy = new ArrayList<>();
            List<Verification> groupings = new ArrayList<>();
            for (ResolvedRequirement other : all) {
                if (other == r || other.actor().isEmpty() || !other.requirement().system().equals(r.requirement().system())) {
                    continue;
                }
                Profile p = other.profile().orElseThrow();
                for (Grouping g : p.groupingsOf(other.actor().get().name())) {
                    if (g.targets().stream().anyMatch(t -> t.profile().equals(profile.id())
                            && t.actors().contains(actor.name()))) {
                        groupings.add(g.verification());
                        requiredBy.add(p.acronym() + " " + other.actor().get().name());
                    }
                }
            }
            if (!groupings.isEmpty() && groupings.stream().noneMatch(Verification::isVerified)) {
                Verification weakest = groupings.stream().filter(v -> v.level() != VerificationLevel.PARTIAL)
                        .findFirst().orElse(groupings.getFirst());
                note(weakest).ifPresent(n -> facts.add(new Unconfirmed("grouping with "
                        + String.join(", ", requiredBy.stream().distinct().toList()), n)));
            }
        }
        return List.copyOf(facts);
    }

    /** The note an unconfirmed fact carries, or none when the catalog verified it. */
    static Optional<String> note(Verification v) {
        if (v.level() == VerificationLevel.VERIFIED) {
            return Optional.empty();
        }
        return Optional.of(v.level() == VerificationLevel.PARTIAL ? RfpWording.PARTLY_CONFIRMED : RfpWording.UNCONFIRMED);
    }

    /** How many requirements name at least one IHE fact the catalog has not confirmed. */
    long unconfirmedCount() {
        return items.stream().filter(i -> !i.unconfirmed().isEmpty()).count();
    }

    /** The numbers of this document's requirements. */
    Set<String> numbers() {
        return numbers;
    }

    /** True when {@code token} is the number of a requirement of this document. */
    boolean isNumber(String token) {
        return numbers.contains(token);
    }

    /**
     * {@code text} with the hyphens of every requirement number in it made non-breaking (U+2011),
     * for outputs whose line breaker honours that character (Word).
     */
    String withUnbreakableNumbers(String text) {
        if (text.indexOf('-') < 0) {
            return text;
        }
        java.util.regex.Matcher m = HYPHENATED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    isNumber(m.group()) ? m.group().replace('-', NON_BREAKING_HYPHEN) : m.group()));
        }
        return m.appendTail(out).toString();
    }

    static final char NON_BREAKING_HYPHEN = '\u2011';


    private static String titleOr(String title, String fallback) {
        String name = PlannerText.name(title);
        return name.isEmpty() ? fallback : name;
    }

    CatalogEdition edition() {
        return catalog.edition();
    }

    String issued() {
        return DATE.format(doc.issued());
    }

    LocalDate issuedDate() {
        return doc.issued();
    }

    /**
     * "General radiology, Breast imaging": the clinical services the project serves, by their
     * catalog names; empty when the planner gave none (everything the use cases name was proposed).
     */
    Optional<String> clinicalServices() {
        List<String> ids = doc.spec().clinicalServices();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ids.stream().map(id -> catalog.clinicalService(id).map(org.rspnavigator.model.ClinicalService::name)
                .orElse(id)).collect(java.util.stream.Collectors.joining(", ")));
    }

    /** "Europe", if the spec names a region. */
    Optional<String> region() {
        return doc.spec().region().map(Term::label);
    }

    /** The sections of the RFP PDF and Word document in order, for the table of contents. */
    List<String> sectionTitles() {
        List<String> titles = new ArrayList<>(List.of(RfpWording.HOW_TO_READ, RfpWording.REQUIREMENTS, RfpWording.MANDATES));
        if (!clauses.isEmpty()) {
            titles.add(RfpWording.CLAUSES);
        }
        titles.addAll(List.of(RfpWording.MATRIX, RfpWording.GLOSSARY));
        return titles;
    }

    /** The profile actors required of one system, merged per actor, in the catalog's profile order. */
    List<ActorClaim> actorClaims(SystemSection system) {
        Map<String, ActorClaim> claims = new LinkedHashMap<>();
        List<Item> profileItems = system.categories().stream().flatMap(c -> c.items().stream())
                .filter(i -> i.actor().isPresent())
                .sorted(Comparator.comparingInt((Item i) -> catalog.profiles().indexOf(i.profile().orElseThrow())))
                .toList();
        for (Item i : profileItems) {
            Profile p = i.profile().orElseThrow();
            org.rspnavigator.model.ProfileActor a = i.actor().orElseThrow();
            ActorClaim claim = claims.computeIfAbsent(p.id() + "\u0000" + a.name(),
                    k -> new ActorClaim(p, a, new LinkedHashSet<>(), new ArrayList<>()));
            claim.options().addAll(i.options());
            claim.requirements().add(i);
        }
        // Actors in the order the profile lists them.
        return claims.values().stream()
                .sorted(Comparator.comparingInt((ActorClaim c) -> catalog.profiles().indexOf(c.profile()))
                        .thenComparingInt(c -> c.profile().actors().indexOf(c.actor())))
                .toList();
    }

    /**
     * A system bought (or named by a requirement), its requirements by category, and the numbers
     * of its requirements withdrawn while the section was drafted.
     */
    record SystemSection(SystemType type, Optional<Integer> quantity, String notes, List<CategorySection> categories,
            List<Withdrawn> withdrawn) {

        int requirementCount() {
            return categories.stream().mapToInt(c -> c.items().size()).sum();
        }

        /**
         * "Numbers PACS-04 and PACS-09 are not used: those requirements were withdrawn while this
         * section was drafted (PACS-04: the archive is procured separately)."; empty if none was.
         */
        String withdrawnNote() {
            if (withdrawn.isEmpty()) {
                return "";
            }
            List<String> numbers = withdrawn.stream().map(Withdrawn::number).toList();
            String list = numbers.size() == 1 ? numbers.get(0)
                    : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.getLast();
            String reasons = withdrawn.stream().filter(w -> !w.reason().isEmpty())
                    .map(w -> w.number() + ": " + (w.reason().endsWith(".") ? w.reason().substring(0,
                            w.reason().length() - 1) : w.reason()))
                    .collect(Collectors.joining("; "));
            return (numbers.size() == 1 ? "Number " + list + " is not used: that requirement was"
                    : "Numbers " + list + " are not used: those requirements were")
                    + " withdrawn while this section was drafted, and the numbers are not given again"
                    + (reasons.isEmpty() ? "." : " (" + reasons + ").");
        }
    }

    /** A requirement withdrawn from a system, and the buyer's reason if one was given. */
    record Withdrawn(String number, String reason) {
    }

    record CategorySection(Category category, List<Item> items) {
    }

    /** A requirement with its catalog entries resolved and its text capped. */
    record Item(Requirement requirement, SystemType system, Category category, String text, String rationale,
            Optional<Standard> standard, Optional<Profile> profile, Optional<org.rspnavigator.model.ProfileActor> actor,
            List<ActorOption> options, List<Unconfirmed> unconfirmed) {

        String number() {
            return requirement.number();
        }

        String level() {
            return requirement.level().label();
        }

        /** "SWF.b — Image Manager/Image Archive" or "DICOM CT RDSR". */
        String shortSubject() {
            if (profile.isPresent()) {
                return profile.get().acronym() + " — " + actor.orElseThrow().name();
            }
            return standard.orElseThrow().briefName();
        }

        /**
         * What makes the requirement testable, as labelled lines: the system's role, the version
         * that binds it, the evidence asked and who holds a licence; blank parts are left out.
         */
        List<Detail> details() {
            var c = requirement.conformance();
            List<Detail> details = new ArrayList<>();
            for (Detail d : List.of(new Detail(RfpWording.ROLE, c.role()), new Detail(RfpWording.BINDING_VERSION, c.version()),
                    new Detail(RfpWording.EVIDENCE_ASKED, c.evidence()), new Detail(RfpWording.LICENCE, c.licence()))) {
                if (!d.value().isBlank()) {
                    details.add(new Detail(d.label(), PlannerText.paragraph(d.value())));
                }
            }
            return details;
        }

        /** The options named, or "None". */
        String optionsText() {
            return options.isEmpty() ? "None" : options.stream().map(ActorOption::name).collect(Collectors.joining("; "));
        }

        /** The subject in one line: "IHE SWF.b — Image Manager/Image Archive; options: None" or "DICOM CT RDSR". */
        String subjectLine() {
            return profile.isPresent() ? "IHE " + shortSubject() + "; options: " + optionsText() : shortSubject();
        }
    }

    /** One row group of the integration-statement checklist: an actor of a profile and the options asked of it. */
    record ActorClaim(Profile profile, org.rspnavigator.model.ProfileActor actor, Set<ActorOption> options,
            List<Item> requirements) {

        /** True when the catalog has not confirmed the actor, or an option asked of it, against the Technical Framework. */
        boolean unconfirmed() {
            return !actor.verification().isVerified() || options.stream().anyMatch(o -> !o.verification().isVerified());
        }
    }

    /** A labelled line under a requirement: "Role: Storage SCU of CT Image Storage". */
    record Detail(String label, String value) {
    }

    /** An IHE fact named by a requirement that the catalog has not confirmed: "option Partial View" and why. */
    record Unconfirmed(String fact, String note) {

        /** "option Partial View: not confirmed against the Technical Framework in this catalog". */
        String line() {
            return fact + ": " + note;
        }
    }

    record Mandate(String title, Optional<Standard> standard, String markdown) {
    }

    /**
     * One exception to the portfolio as the local-mandates section lists it: "PACS-16", "PACS",
     * "SHALL: IHE SWF.b — Image Manager/Image Archive", "Lowered to SHOULD", and the buyer's reason.
     */
    record PortfolioException(String number, String system, String proposed, String change, String reason) {

        static PortfolioException of(Catalog catalog, ExceptionToPortfolio e) {
            Requirement r = e.requirement();
            String system = catalog.systemType(r.system()).map(SystemType::name).orElse(r.system());
            String subject = switch (r.subject()) {
                case RequirementSubject.StandardSupport s -> catalog.standard(s.standard()).map(Standard::briefName)
                        .orElse(s.standard());
                case RequirementSubject.ProfileActor pa -> "IHE " + catalog.profile(pa.profile()).map(Profile::acronym)
                        .orElse(pa.profile()) + " — " + pa.actor()
                        + (pa.options().isEmpty() ? "" : "; options: " + String.join("; ", pa.options()));
            };
            String change = Character.toUpperCase(e.change().charAt(0)) + e.change().substring(1);
            String reason = e.explained() ? PlannerText.paragraph(e.reason()) : RfpWording.NO_REASON_RECORDED;
            return new PortfolioException(r.number(), system, RequirementLevel.SHALL.label() + ": " + subject, change,
                    reason);
        }
    }

    record Clause(String title, String markdown) {
    }
}
