package org.rspnavigator.model.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Grouping;
import org.rspnavigator.model.IheDomain;
import org.rspnavigator.model.OptionRule;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Profile.RelatedProfile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.ProfileStatus;
import org.rspnavigator.model.ProfileTransaction;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.Verification;
import org.rspnavigator.model.VerificationLevel;

/**
 * Reads {@code profiles/<id>.md}. Everything inside one profile is checked here (a transaction
 * names actors of its profile, an option belongs to its actor, an option rule names options of the
 * actors it applies to, no name twice); references to other profiles are returned with their
 * lines, for the loader to check once every profile is known.
 */
final class ProfileReader {

    /** The wildcard of a grouping or option rule that applies to every actor of the profile. */
    static final String EVERY_ACTOR = "*";

    private final Problems problems;
    private final Map<String, Standard> standards;
    private final VerificationReader verification;

    ProfileReader(Problems problems, Map<String, Standard> standards, VerificationReader verification) {
        this.problems = problems;
        this.standards = standards;
        this.verification = verification;
    }

    /** A reference to another profile and, optionally, some of its actors, with the lines to report at. */
    record ProfileReference(String file, String profile, int profileLine, List<YamlFields.Located<String>> actors) {
    }

    record Read(Profile profile, int idLine, int portfolioEntryLine, List<ProfileReference> references) {
    }

    Optional<Read> read(String path, String text) {
        return CatalogFile.open(path, text, problems).flatMap(file -> read(path, file));
    }

    private Optional<Read> read(String path, CatalogFile file) {
        YamlFields f = file.fields();
        String id = f.requiredId();
        String acronym = f.requiredText("acronym");
        String name = f.requiredText("name");
        IheDomain domain = f.requiredTerm("domain", IheDomain.class, "IHE domain");

        ProfileStatus status = null;
        Optional<String> statusNote = Optional.empty();
        Verification statusVerification = Verification.unverified();
        Optional<YamlFields> statusFields = f.mapping("status");
        if (statusFields.isEmpty() && !f.has("status")) {
            problems.add(path, f.line(), "missing required key 'status'");
        }
        if (statusFields.isPresent()) {
            YamlFields st = statusFields.get();
            status = st.requiredTerm("value", ProfileStatus.class, "profile status");
            statusVerification = verification.read(st);
            statusNote = statusVerification.note();
            st.finish();
        }
        VerificationLevel level = f.term("verification", VerificationLevel.class, "verification level")
                .orElse(VerificationLevel.UNVERIFIED);

        Optional<Standard> portfolioEntry = f.text("portfolio-entry").flatMap(sid -> standard(path, f.lineOf("portfolio-entry"), sid));
        List<Standard> buildsOn = new ArrayList<>();
        for (YamlFields.Located<String> sid : f.locatedTexts("builds-on")) {
            standard(path, sid.line(), sid.value()).ifPresent(buildsOn::add);
        }
        var sources = verification.sources(f, "sources");

        List<ProfileActor> actors = new ArrayList<>();
        Set<String> actorNames = new HashSet<>();
        for (YamlFields a : f.mappings("actors")) {
            actor(a, actorNames).ifPresent(actors::add);
        }
        if (actors.isEmpty() && !f.has("actors") && !file.hasProblems()) {
            problems.add(path, f.line(), "missing required key 'actors'");
        }

        List<ProfileTransaction> transactions = new ArrayList<>();
        Set<String> transactionIds = new HashSet<>();
        for (YamlFields t : f.mappings("transactions")) {
            transaction(t, actorNames, transactionIds).ifPresent(transactions::add);
        }

        List<Grouping> groupings = new ArrayList<>();
        List<ProfileReference> references = new ArrayList<>();
        for (YamlFields g : f.mappings("groupings")) {
            String actor = g.requiredText("actor");
            if (actor != null && !actor.equals(EVERY_ACTOR) && !actorNames.contains(actor)) {
                problems.add(path, g.lineOf("actor"), "grouping for actor '" + actor + "', which is not an actor of this "
                        + "profile (actors: " + String.join(", ", actorNames.stream().sorted().toList()) + ")");
            }
            String withProfile = g.requiredText("with-profile");
            List<YamlFields.Located<String>> withActors = g.locatedTexts("with-actors");
            if (withActors.isEmpty() && !g.has("with-actors")) {
                problems.add(path, g.line(), "missing required key 'with-actors'");
            }
            List<Grouping.Target> or = new ArrayList<>();
            for (YamlFields alt : g.mappings("or")) {
                String altProfile = alt.requiredText("with-profile");
                List<YamlFields.Located<String>> altActors = alt.locatedTexts("with-actors");
                if (altActors.isEmpty()) {
                    problems.add(path, alt.line(), "an 'or' target needs 'with-actors'");
                }
                alt.finish();
                if (altProfile != null && !altActors.isEmpty()) {
                    or.add(new Grouping.Target(altProfile, altActors.stream().map(YamlFields.Located::value).toList()));
                    references.add(new ProfileReference(path, altProfile, alt.lineOf("with-profile"), altActors));
                }
            }
            Verification v = verification.read(g);
            g.finish();
            if (actor != null && withProfile != null && !withActors.isEmpty()) {
                groupings.add(new Grouping(actor.equals(EVERY_ACTOR) ? Optional.empty() : Optional.of(actor), withProfile,
                        withActors.stream().map(YamlFields.Located::value).toList(), or, v));
                references.add(new ProfileReference(path, withProfile, g.lineOf("with-profile"), withActors));
            }
        }
        List<OptionRule> optionRules = new ArrayList<>();
        for (YamlFields r : f.mappings("option-rules")) {
            optionRule(r, actors).ifPresent(optionRules::add);
        }
        List<RelatedProfile> related = new ArrayList<>();
        for (YamlFields r : f.mappings("related")) {
            String profile = r.requiredText("profile");
            Optional<String> note = r.text("note");
            r.finish();
            if (profile != null) {
                related.add(new RelatedProfile(profile, note));
                references.add(new ProfileReference(path, profile, r.lineOf("profile"), List.of()));
            }
        }
        f.finish();

        Map<String, String> sections = sections(file.markdown());
        if (file.hasProblems()) {
            return Optional.empty();
        }
        Profile profile = new Profile(id, acronym, name, domain, status, statusNote, statusVerification, level,
                portfolioEntry, buildsOn, sources, actors, transactions, groupings, optionRules, related,
                sections.get("Purpose"), sections.getOrDefault("Notes", ""), path);
        return Optional.of(new Read(profile, f.lineOf("id"), f.lineOf("portfolio-entry"), references));
    }

    private Optional<Standard> standard(String path, int line, String id) {
        Standard s = standards.get(id);
        if (s == null) {
            problems.add(path, line, "unknown standard '" + id + "'");
        }
        return Optional.ofNullable(s);
    }

    private Optional<ProfileActor> actor(YamlFields a, Set<String> actorNames) {
        String name = a.requiredText("name");
        if (name != null && !actorNames.add(name)) {
            problems.add(a.file(), a.lineOf("name"), "actor '" + name + "' is listed twice");
        }
        Verification v = verification.read(a);
        List<ActorOption> options = new ArrayList<>();
        Set<String> optionNames = new HashSet<>();
        for (YamlFields o : a.mappings("options")) {
            String option = o.requiredText("name");
            List<YamlFields.Located<String>> otherNames = o.locatedTexts("other-names");
            Verification ov = verification.read(o);
            o.finish();
            if (option != null && !optionNames.add(option)) {
                problems.add(a.file(), o.lineOf("name"), "option '" + option + "' is listed twice for actor '" + name + "'");
            } else if (option != null) {
                for (YamlFields.Located<String> other : otherNames) {
                    if (!optionNames.add(other.value())) {
                        problems.add(a.file(), other.line(), "option name '" + other.value() + "' is given twice for actor '"
                                + name + "'");
                    }
                }
                options.add(new ActorOption(option, otherNames.stream().map(YamlFields.Located::value).toList(), ov));
            }
        }
        a.finish();
        return name == null ? Optional.empty() : Optional.of(new ProfileActor(name, v, options));
    }

    private Optional<ProfileTransaction> transaction(YamlFields t, Set<String> actorNames, Set<String> ids) {
        // A content profile's "Share Content" exchange has no transaction number.
        String id = t.text("id").orElse("");
        if (!id.isEmpty() && !ids.add(id)) {
            problems.add(t.file(), t.lineOf("id"), "transaction " + id + " is listed twice");
        }
        String name = t.requiredText("name");
        List<String> initiators = actors(t, "initiators", id, actorNames);
        List<String> responders = actors(t, "responders", id, actorNames);
        if (initiators.isEmpty() && !t.has("initiators")) {
            problems.add(t.file(), t.line(), "transaction " + name + " needs 'initiators'");
        }
        List<String> required = actors(t, "required-for", id, actorNames);
        List<String> optional = actors(t, "optional-for", id, actorNames);
        for (String actor : required) {
            if (optional.contains(actor)) {
                problems.add(t.file(), t.lineOf("optional-for"), "transaction " + id + " cannot be both required and "
                        + "optional for '" + actor + "'");
            }
        }
        Verification v = verification.read(t);
        t.finish();
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(new ProfileTransaction(id, name, initiators, responders, required, optional, v));
    }

    /** The actor names under {@code key}; each must be an actor of this profile. */
    private List<String> actors(YamlFields t, String key, String transaction, Set<String> actorNames) {
        List<String> result = new ArrayList<>();
        for (YamlFields.Located<String> actor : t.locatedTexts(key)) {
            if (!actorNames.contains(actor.value())) {
                problems.add(t.file(), actor.line(), "transaction " + transaction + " names actor '" + actor.value()
                        + "', which is not an actor of this profile (actors: "
                        + String.join(", ", actorNames.stream().sorted().toList()) + ")");
            } else {
                result.add(actor.value());
            }
        }
        return result;
    }

    /**
     * An option rule: its actors are actors of this profile ({@code '*'} for all of them), and its
     * options, and its {@code when}, are options of every actor it applies to.
     */
    private Optional<OptionRule> optionRule(YamlFields r, List<ProfileActor> actors) {
        OptionRule.Kind kind = r.requiredTerm("kind", OptionRule.Kind.class, "option rule kind");
        List<String> actorNames = new ArrayList<>();
        List<ProfileActor> appliesTo = new ArrayList<>();
        List<YamlFields.Located<String>> named = listed(r, "actors", "option rule names no actors (use '*' for every actor)");
        if (named.stream().anyMatch(a -> a.value().equals(EVERY_ACTOR))) {
            if (named.size() > 1) {
                problems.add(r.file(), r.lineOf("actors"), "option rule names '*' (every actor) together with other "
                        + "actors; give one or the other");
            }
            appliesTo.addAll(actors);
        } else {
            for (YamlFields.Located<String> name : named) {
                Optional<ProfileActor> actor = actors.stream().filter(a -> a.name().equals(name.value())).findFirst();
                if (actor.isEmpty()) {
                    problems.add(r.file(), name.line(), "option rule for actor '" + name.value() + "', which is not an "
                            + "actor of this profile (actors: "
                            + String.join(", ", actors.stream().map(ProfileActor::name).sorted().toList()) + ")");
                } else if (actorNames.contains(name.value())) {
                    problems.add(r.file(), name.line(), "option rule names actor '" + name.value() + "' twice");
                } else {
                    actorNames.add(name.value());
                    appliesTo.add(actor.get());
                }
            }
        }

        List<String> options = new ArrayList<>();
        for (YamlFields.Located<String> option : listed(r, "options", "option rule names no options")) {
            if (options.contains(option.value())) {
                problems.add(r.file(), option.line(), "option rule names option '" + option.value() + "' twice");
            } else {
                options.add(option.value());
                optionOfEach(r.file(), option, appliesTo);
            }
        }
        if (kind == OptionRule.Kind.NOT_TOGETHER && options.size() == 1) {
            problems.add(r.file(), r.lineOf("options"), "a not-together rule needs at least two options");
        }

        Optional<String> when = r.text("when");
        if (kind == OptionRule.Kind.REQUIRES_ONE_OF) {
            if (when.isEmpty() && !r.has("when")) {
                problems.add(r.file(), r.line(), "a requires-one-of rule needs 'when': the option whose claim brings "
                        + "it into force");
            }
            when.ifPresent(w -> {
                optionOfEach(r.file(), new YamlFields.Located<>(w, r.lineOf("when")), appliesTo);
                if (options.contains(w)) {
                    problems.add(r.file(), r.lineOf("when"), "'when' option '" + w + "' is also one of the rule's "
                            + "options, so the rule could never be broken");
                }
            });
        } else if (kind != null && when.isPresent()) {
            problems.add(r.file(), r.lineOf("when"), "'when' belongs only to a requires-one-of rule, not to "
                    + kind.slug());
        }

        String explanation = r.requiredText("explanation");
        boolean advisory = r.text("advisory").map(a -> {
            if (!a.equals("true") && !a.equals("false")) {
                problems.add(r.file(), r.lineOf("advisory"), "'advisory' must be true or false, not '" + a + "'");
            }
            return a.equals("true");
        }).orElse(false);
        Verification v = verification.read(r);
        r.finish();
        if (kind == null || explanation == null || appliesTo.isEmpty() || options.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OptionRule(kind, actorNames, options,
                kind == OptionRule.Kind.REQUIRES_ONE_OF ? when : Optional.empty(), explanation, advisory, v));
    }

    /** The texts under a required list key; a missing or empty list is reported. */
    private List<YamlFields.Located<String>> listed(YamlFields r, String key, String whenEmpty) {
        long before = problems.countIn(r.file());
        List<YamlFields.Located<String>> items = r.locatedTexts(key);
        if (items.isEmpty() && !r.has(key)) {
            problems.add(r.file(), r.line(), "missing required key '" + key + "'");
        } else if (items.isEmpty() && problems.countIn(r.file()) == before) {
            problems.add(r.file(), r.lineOf(key), whenEmpty);
        }
        return items;
    }

    /** Reports {@code option} once for each actor that does not have it. */
    private void optionOfEach(String file, YamlFields.Located<String> option, List<ProfileActor> actors) {
        for (ProfileActor actor : actors) {
            if (actor.option(option.value()).isEmpty()) {
                problems.add(file, option.line(), "option '" + option.value() + "' is not an option of actor '"
                        + actor.name() + "' (its options: " + (actor.options().isEmpty() ? "none"
                                : String.join(", ", actor.options().stream().map(o -> o.name()).toList()))
                        + ")");
            }
        }
    }

    private Map<String, String> sections(MarkdownFile md) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (MarkdownFile.Section s : md.sections(problems)) {
            if (!s.heading().equals("Purpose") && !s.heading().equals("Notes")) {
                problems.add(md.path(), s.line(), "unknown section '## " + s.heading() + "' (expected: ## Purpose, ## Notes)");
            } else if (texts.put(s.heading(), s.text()) != null) {
                problems.add(md.path(), s.line(), "section '## " + s.heading() + "' appears twice");
            } else if (s.text().isBlank()) {
                problems.add(md.path(), s.line(), "section '## " + s.heading() + "' is empty");
            }
        }
        if (!texts.containsKey("Purpose")) {
            problems.add(md.path(), md.bodyLine(), "missing required section '## Purpose'");
        }
        return texts;
    }
}
