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
import java.util.stream.Collectors;

import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.CatalogEdition;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.Term;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.rfp.LocalMandate;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.RfpDocument;

/**
 * An {@link RfpDocument} checked against the catalog and arranged as every output prints it:
 * requirements grouped by system (in the order the spec lists them) and then by portfolio
 * category (Tables 1–5 order), catalog entries resolved, the standards and profiles cited, and
 * all planner text capped ({@link PlannerText}). Escaping is left to each output.
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
    final List<Clause> clauses;

    private RfpContent(Catalog catalog, RfpDocument doc, List<SystemSection> systems, List<Mandate> mandates,
            List<Clause> clauses) {
        this.catalog = catalog;
        this.doc = doc;
        String project = PlannerText.name(doc.spec().projectName());
        this.projectName = project.isEmpty() ? "Untitled project" : project;
        this.organization = PlannerText.name(doc.spec().organization());
        this.systems = List.copyOf(systems);
        this.items = systems.stream().flatMap(s -> s.categories().stream()).flatMap(c -> c.items().stream()).toList();
        this.mandates = List.copyOf(mandates);
        this.clauses = List.copyOf(clauses);
        Set<Standard> standards = new HashSet<>();
        Set<Profile> profiles = new HashSet<>();
        for (Item item : items) {
            item.standard().ifPresent(standards::add);
            item.profile().ifPresent(profiles::add);
        }
        mandates.forEach(m -> m.standard().ifPresent(standards::add));
        // The catalog's own order: Tables 1–5 for standards, domain and acronym for profiles.
        this.citedStandards = catalog.standards().stream().filter(standards::contains).toList();
        this.citedProfiles = catalog.profiles().stream().filter(profiles::contains).toList();
    }

    /** The document resolved against {@code catalog}, or an exception naming every id the catalog lacks. */
    static RfpContent of(Catalog catalog, RfpDocument doc) {
        List<String> problems = new ArrayList<>();
        Map<String, SystemType> types = new LinkedHashMap<>();
        Map<String, List<ProcuredSystem>> procured = new LinkedHashMap<>();
        for (ProcuredSystem p : doc.spec().systems()) {
            Optional<SystemType> type = catalog.systemType(p.systemType());
            if (type.isEmpty()) {
                problems.add("system type '" + p.systemType() + "' (procured system)");
            } else {
                types.putIfAbsent(p.systemType(), type.get());
                procured.computeIfAbsent(p.systemType(), k -> new ArrayList<>()).add(p);
            }
        }
        Set<String> numbers = new HashSet<>();
        Map<String, List<Item>> bySystem = new LinkedHashMap<>();
        for (Requirement r : doc.requirements()) {
            if (r.number().length() > FieldLimits.NUMBER) {
                // A long unbroken number in the narrow number column is what makes the layout slow.
                problems.add("requirement number '" + FieldLimits.quoted(r.number()) + "' is longer than "
                        + FieldLimits.NUMBER + " characters");
                continue;
            }
            String where = " (requirement " + r.number() + ")";
            if (!numbers.add(r.number())) {
                problems.add("requirement number '" + r.number() + "' is used twice");
            }
            Optional<SystemType> type = catalog.systemType(r.system());
            if (type.isEmpty()) {
                problems.add("system type '" + r.system() + "'" + where);
            }
            Optional<Category> category = Term.fromSlug(Category.class, r.category());
            if (category.isEmpty()) {
                problems.add("category '" + r.category() + "'" + where + "; known: " + Term.slugs(Category.class));
            }
            Optional<Standard> standard = Optional.empty();
            Optional<Profile> profile = Optional.empty();
            Optional<org.rspnavigator.model.ProfileActor> actor = Optional.empty();
            List<ActorOption> options = new ArrayList<>();
            switch (r.subject()) {
                case RequirementSubject.StandardSupport s -> {
                    standard = catalog.standard(s.standard());
                    if (standard.isEmpty()) {
                        problems.add("standard '" + s.standard() + "'" + where);
                    }
                }
                case RequirementSubject.ProfileActor pa -> {
                    profile = catalog.profile(pa.profile());
                    if (profile.isEmpty()) {
                        problems.add("profile '" + pa.profile() + "'" + where);
                    } else {
                        actor = profile.get().actor(pa.actor());
                        if (actor.isEmpty()) {
                            problems.add("actor '" + pa.actor() + "' of profile " + profile.get().acronym() + where);
                        } else {
                            for (String o : pa.options()) {
                                Optional<ActorOption> option = actor.get().option(o);
                                if (option.isEmpty()) {
                                    problems.add("option '" + o + "' of " + profile.get().acronym() + " "
                                            + pa.actor() + where);
                                } else {
                                    options.add(option.get());
                                }
                            }
                        }
                    }
                }
            }
            if (type.isPresent() && category.isPresent()) {
                types.putIfAbsent(r.system(), type.get());
                bySystem.computeIfAbsent(r.system(), k -> new ArrayList<>()).add(new Item(r, type.get(), category.get(),
                        PlannerText.paragraph(r.text()), PlannerText.paragraph(r.rationale()), standard, profile, actor,
                        List.copyOf(options)));
            }
        }
        List<Mandate> mandates = new ArrayList<>();
        for (LocalMandate m : doc.mandates()) {
            Optional<Standard> standard = Optional.empty();
            if (!m.standard().isBlank()) {
                standard = catalog.standard(m.standard());
                if (standard.isEmpty()) {
                    problems.add("standard '" + m.standard() + "' (local mandate \"" + PlannerText.name(m.title()) + "\")");
                }
            }
            mandates.add(new Mandate(titleOr(m.title(), "Local mandate"), standard, PlannerText.markdown(m.text())));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the RFP document refers to what the catalog (edition "
                    + catalog.edition().edition() + ") does not have: " + String.join("; ", problems));
        }
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
            systems.add(new SystemSection(e.getValue(), quantity, notes, categories));
        }
        List<Clause> clauses = doc.clauses().stream()
                .map(c -> new Clause(titleOr(c.title(), "Additional clause"), PlannerText.markdown(c.markdown())))
                .toList();
        return new RfpContent(catalog, doc, systems, mandates, clauses);
    }

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

    /** A system bought (or named by a requirement) and its requirements by category. */
    record SystemSection(SystemType type, Optional<Integer> quantity, String notes, List<CategorySection> categories) {

        int requirementCount() {
            return categories.stream().mapToInt(c -> c.items().size()).sum();
        }
    }

    record CategorySection(Category category, List<Item> items) {
    }

    /** A requirement with its catalog entries resolved and its text capped. */
    record Item(Requirement requirement, SystemType system, Category category, String text, String rationale,
            Optional<Standard> standard, Optional<Profile> profile, Optional<org.rspnavigator.model.ProfileActor> actor,
            List<ActorOption> options) {

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

    record Mandate(String title, Optional<Standard> standard, String markdown) {
    }

    record Clause(String title, String markdown) {
    }
}
