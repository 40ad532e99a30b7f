package org.rspnavigator.model.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.CatalogEdition;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.ClinicalService;
import org.rspnavigator.model.PortfolioTable;
import org.rspnavigator.model.Provenance;
import org.rspnavigator.model.Relation;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.Source;
import org.rspnavigator.model.SynonymGroup;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;

/**
 * Loads, validates and links the catalog. Reading goes on past the first problem so that
 * {@link InvalidCatalogException} lists every problem of every file at once.
 */
public final class CatalogLoader {

    private CatalogLoader() {
    }

    /** The catalog of the {@code catalog-data} module on the class path. */
    public static Catalog loadFromClasspath() {
        return load(CatalogFiles.fromClasspath(CatalogLoader.class.getClassLoader()));
    }

    public static Catalog load(java.nio.file.Path root) {
        return load(CatalogFiles.fromDirectory(root));
    }

    public static Catalog load(CatalogFiles files) {
        Problems problems = new Problems();
        CatalogEdition edition = readManifest(files, problems);
        Map<Category, PortfolioTable> tables = readTables(files, problems);
        Map<String, StandardReader.Read> standards = readStandards(files, tables, problems);
        // A file that failed to read has been reported; references to it are not reported again.
        java.util.Set<String> unreadable = new java.util.HashSet<>();
        files.in("standards/").keySet().forEach(path -> unreadable.add(idOfFile(path)));
        unreadable.removeAll(standards.keySet());
        List<Relation> relations = linkRelations(standards, unreadable, problems);
        Map<String, Standard> byId = new HashMap<>();
        standards.forEach((id, read) -> byId.put(id, read.standard()));
        List<UseCase> useCases = readUseCases(files, byId, unreadable, problems);
        List<SynonymGroup> synonyms = readSynonyms(files, problems);
        Map<String, Source> sources = new java.util.LinkedHashMap<>();
        files.in("profiles/").entrySet().stream().filter(e -> isSourcesFile(e.getKey()))
                .sorted(Map.Entry.comparingByKey(java.util.Comparator
                        .comparing((String path) -> !path.equals(SOURCES)).thenComparing(path -> path)))
                .forEach(e -> VerificationReader.readSources(e.getKey(), e.getValue(), sources, problems));
        java.util.Set<String> unreadableProfiles = new java.util.HashSet<>();
        Map<String, ProfileReader.Read> profiles = readProfiles(files, byId, sources, unreadableProfiles, problems);
        List<SystemType> systemTypes = readSystemTypes(files, profiles, unreadableProfiles, useCases, byId, unreadable,
                problems);
        List<ClinicalService> services = new ClinicalServiceReader(problems, byId, unreadable, profiles,
                unreadableProfiles, useCases).readAll(files.in(ClinicalServiceReader.FOLDER));
        problems.throwIfAny();
        return new Catalog(edition, List.copyOf(tables.values()),
                standards.values().stream().map(StandardReader.Read::standard).toList(), relations, useCases, synonyms,
                profiles.values().stream().map(ProfileReader.Read::profile).toList(), systemTypes, services);
    }

    private static CatalogEdition readManifest(CatalogFiles files, Problems problems) {
        String text = files.texts().get(CatalogFiles.MANIFEST);
        if (text == null) {
            problems.add(CatalogFiles.MANIFEST, 1, "the catalog manifest is missing");
            return null;
        }
        Optional<YamlFields> parsed = YamlFields.parse(CatalogFiles.MANIFEST, text, 1, problems);
        if (parsed.isEmpty()) {
            return null;
        }
        YamlFields f = parsed.get();
        String edition = f.requiredText("edition");
        String document = f.requiredText("source-document");
        String title = f.requiredText("source-title");
        f.finish();
        if (edition == null || document == null || title == null) {
            return null;
        }
        if (!document.equals(Provenance.SOURCE_DOCUMENT)) {
            problems.add(CatalogFiles.MANIFEST, f.lineOf("source-document"), "this version of RSP Navigator reads a catalog of "
                    + Provenance.SOURCE_DOCUMENT + ", not of '" + document + "'");
        }
        return new CatalogEdition(edition, document, title);
    }

    /** {@code profiles/sources.yaml}: the sources that facts about profiles cite (with {@code sources-*.yaml}). */
    static final String SOURCES = "profiles/sources.yaml";

    private static boolean isSourcesFile(String path) {
        String name = path.substring("profiles/".length());
        return name.equals("sources.yaml") || name.startsWith("sources-") && name.endsWith(".yaml") && !name.contains("/");
    }

    /** @param unreadable filled with the ids of profile files that failed to read (already reported) */
    private static Map<String, ProfileReader.Read> readProfiles(CatalogFiles files, Map<String, Standard> standards,
            Map<String, Source> sources, java.util.Set<String> unreadable, Problems problems) {
        ProfileReader reader = new ProfileReader(problems, standards, new VerificationReader(problems, sources));
        Map<String, ProfileReader.Read> profiles = new LinkedHashMap<>();
        Map<String, ProfileReader.Read> byPortfolioEntry = new HashMap<>();
        files.in("profiles/").forEach((path, text) -> {
            if (!path.endsWith(".md")) {
                return;
            }
            Optional<ProfileReader.Read> read = reader.read(path, text);
            if (read.isEmpty()) {
                unreadable.add(idOfFile(path));
                return;
            }
            ProfileReader.Read r = read.get();
            requireNamedAfterId(path, "profiles/", r.profile().id(), r.idLine(), problems);
            ProfileReader.Read earlier = profiles.putIfAbsent(r.profile().id(), r);
            if (earlier != null) {
                problems.add(path, r.idLine(), "duplicate id '" + r.profile().id() + "' (also in "
                        + earlier.profile().source() + ":" + earlier.idLine() + ")");
            }
            r.profile().portfolioEntry().ifPresent(entry -> {
                ProfileReader.Read other = byPortfolioEntry.putIfAbsent(entry.id(), r);
                if (other != null) {
                    problems.add(path, r.portfolioEntryLine(), "portfolio entry '" + entry.id() + "' is already the "
                            + "profile in " + other.profile().source());
                }
            });
        });
        for (ProfileReader.Read r : profiles.values()) {
            for (ProfileReader.ProfileReference ref : r.references()) {
                ProfileReader.Read target = profiles.get(ref.profile());
                if (target == null) {
                    if (!unreadable.contains(ref.profile())) {
                        problems.add(ref.file(), ref.profileLine(), "profile '" + ref.profile() + "' is not in the catalog");
                    }
                    continue;
                }
                for (YamlFields.Located<String> actor : ref.actors()) {
                    if (target.profile().actor(actor.value()).isEmpty()) {
                        problems.add(ref.file(), actor.line(), "actor '" + actor.value() + "' is not an actor of profile "
                                + target.profile().acronym() + " (actors: " + actorNames(target.profile()) + ")");
                    }
                }
            }
        }
        return profiles;
    }

    private static String actorNames(org.rspnavigator.model.Profile profile) {
        return String.join(", ", profile.actors().stream().map(org.rspnavigator.model.ProfileActor::name).toList());
    }

    private static List<SystemType> readSystemTypes(CatalogFiles files, Map<String, ProfileReader.Read> profiles,
            java.util.Set<String> unreadableProfiles, List<UseCase> useCases, Map<String, Standard> standards,
            java.util.Set<String> unreadableStandards, Problems problems) {
        SystemTypeReader reader = new SystemTypeReader(problems);
        java.util.Set<String> printed = new java.util.HashSet<>();
        useCases.forEach(u -> printed.addAll(u.systems()));
        Map<String, SystemTypeReader.Read> types = new LinkedHashMap<>();
        files.in("system-types/").forEach((path, text) -> reader.read(path, text).ifPresent(r -> {
            requireNamedAfterId(path, "system-types/", r.systemType().id(), r.idLine(), problems);
            SystemTypeReader.Read earlier = types.putIfAbsent(r.systemType().id(), r);
            if (earlier != null) {
                problems.add(path, r.idLine(), "duplicate id '" + r.systemType().id() + "' (also in "
                        + earlier.systemType().source() + ":" + earlier.idLine() + ")");
            }
            for (YamlFields.Located<String> system : r.useCaseSystems()) {
                if (!printed.contains(system.value())) {
                    problems.add(path, system.line(), "no use-case row names the system '" + system.value() + "'");
                }
            }
            checkCreated(path, r.creates(), standards, unreadableStandards, profiles, problems);
            checkNoActor(path, r, profiles, unreadableProfiles, problems);
            for (SystemTypeReader.PlayLines play : r.plays()) {
                ProfileReader.Read profile = profiles.get(play.role().profile());
                if (profile == null) {
                    if (!unreadableProfiles.contains(play.role().profile())) {
                        problems.add(path, play.profileLine(), "profile '" + play.role().profile() + "' is not in the catalog");
                    }
                    continue;
                }
                var actor = profile.profile().actor(play.role().actor());
                if (actor.isEmpty()) {
                    problems.add(path, play.actorLine(), "actor '" + play.role().actor() + "' is not an actor of profile "
                            + profile.profile().acronym() + " (actors: " + actorNames(profile.profile()) + ")");
                    continue;
                }
                for (YamlFields.Located<String> option : play.options()) {
                    if (actor.get().option(option.value()).isEmpty()) {
                        problems.add(path, option.line(), "option '" + option.value() + "' is not an option of actor '"
                                + actor.get().name() + "' in profile " + profile.profile().acronym() + " (its options: "
                                + (actor.get().options().isEmpty() ? "none"
                                        : String.join(", ", actor.get().options().stream().map(o -> o.name()).toList()))
                                + ")");
                    }
                }
            }
        }));
        return types.values().stream().map(SystemTypeReader.Read::systemType).toList();
    }

    /** What a system type creates: content standards of the portfolio that are not IHE profiles, each once. */
    private static void checkCreated(String path, List<YamlFields.Located<String>> creates,
            Map<String, Standard> standards, java.util.Set<String> unreadable, Map<String, ProfileReader.Read> profiles,
            Problems problems) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (YamlFields.Located<String> id : creates) {
            Standard s = standards.get(id.value());
            if (!seen.add(id.value())) {
                problems.add(path, id.line(), "'" + id.value() + "' is listed twice under 'creates'");
            } else if (s == null) {
                if (!unreadable.contains(id.value())) {
                    problems.add(path, id.line(), "unknown standard '" + id.value() + "'");
                }
            } else if (profiles.values().stream().anyMatch(p -> p.profile().portfolioEntry().map(s::equals).orElse(false))) {
                problems.add(path, id.line(), "'" + id.value() + "' is an IHE profile: say which of its actors the "
                        + "system plays under 'plays', not under 'creates'");
            } else if (s.category() != Category.CONTENT) {
                problems.add(path, id.line(), "'" + id.value() + "' is not a content standard (Table "
                        + Category.CONTENT.table() + "); 'creates' lists the content objects the system creates");
            }
        }
    }

    /** A profile a system type plays no actor of: known, given once, and not also played. */
    private static void checkNoActor(String path, SystemTypeReader.Read read, Map<String, ProfileReader.Read> profiles,
            java.util.Set<String> unreadableProfiles, Problems problems) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (YamlFields.Located<String> profile : read.playsNoActor()) {
            if (!seen.add(profile.value())) {
                problems.add(path, profile.line(), "profile '" + profile.value() + "' is listed twice under 'plays-no-actor'");
                continue;
            }
            if (!profiles.containsKey(profile.value())) {
                if (!unreadableProfiles.contains(profile.value())) {
                    problems.add(path, profile.line(), "profile '" + profile.value() + "' is not in the catalog");
                }
                continue;
            }
            read.plays().stream().filter(p -> p.role().profile().equals(profile.value())).findFirst()
                    .ifPresent(p -> problems.add(path, profile.line(), "the system plays " + p.role().actor() + " of "
                            + profiles.get(profile.value()).profile().acronym() + " (line " + p.profileLine()
                            + "), so it cannot be listed under 'plays-no-actor'"));
        }
    }

    /** {@code search/synonyms.yaml}: a YAML list of lists of terms; optional. */
    static final String SYNONYMS = "search/synonyms.yaml";

    private static List<SynonymGroup> readSynonyms(CatalogFiles files, Problems problems) {
        String text = files.texts().get(SYNONYMS);
        if (text == null) {
            return List.of();
        }
        return new SynonymReader(problems).read(SYNONYMS, text);
    }

    private static Map<Category, PortfolioTable> readTables(CatalogFiles files, Problems problems) {
        TableReader reader = new TableReader(problems);
        Map<Category, PortfolioTable> tables = new EnumMap<>(Category.class);
        files.in("tables/").forEach((path, text) -> reader.read(path, text).ifPresent(t -> {
            PortfolioTable earlier = tables.putIfAbsent(t.category(), t);
            if (earlier != null) {
                problems.add(path, 1, "table " + t.number() + " is defined twice (also in " + earlier.source() + ")");
            }
        }));
        for (Category c : Category.values()) {
            String path = "tables/table-" + c.table() + ".md";
            if (!tables.containsKey(c) && problems.countIn(path) == 0) {
                problems.add(path, 1, "Table " + c.table() + " (" + c.label().toLowerCase(java.util.Locale.ROOT)
                        + ") is missing");
            }
        }
        return tables;
    }

    private static Map<String, StandardReader.Read> readStandards(CatalogFiles files,
            Map<Category, PortfolioTable> tables, Problems problems) {
        StandardReader reader = new StandardReader(problems, tables);
        Map<String, StandardReader.Read> standards = new LinkedHashMap<>();
        files.in("standards/").forEach((path, text) -> reader.read(path, text).ifPresent(read -> {
            requireNamedAfterId(path, "standards/", read.standard().id(), read.idLine(), problems);
            StandardReader.Read earlier = standards.putIfAbsent(read.standard().id(), read);
            if (earlier != null) {
                problems.add(path, read.idLine(), "duplicate id '" + read.standard().id() + "' (also in "
                        + earlier.standard().source() + ":" + earlier.idLine() + ")");
            }
        }));
        checkPositions(standards, problems);
        return standards;
    }

    /** A file is named after the id it holds, so that an id can be found without a search. */
    private static void requireNamedAfterId(String path, String folder, String id, int line, Problems problems) {
        String expected = folder + id + ".md";
        if (!path.equals(expected)) {
            problems.add(path, line, "the file holding id '" + id + "' must be named " + expected);
        }
    }

    /** Within a table group, rows are numbered 1..n with no gap and no repeat. */
    private static void checkPositions(Map<String, StandardReader.Read> standards, Problems problems) {
        Map<String, TreeMap<Integer, List<StandardReader.Read>>> byGroup = new TreeMap<>();
        for (StandardReader.Read read : standards.values()) {
            Standard s = read.standard();
            String key = "Table " + s.table() + ", " + s.group().label().toLowerCase(java.util.Locale.ROOT) + " group";
            byGroup.computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(s.position(), p -> new ArrayList<>()).add(read);
        }
        byGroup.forEach((group, positions) -> {
            positions.forEach((position, reads) -> {
                for (StandardReader.Read read : reads.subList(1, reads.size())) {
                    problems.add(read.standard().source(), read.idLine(), group + " has two rows at position " + position
                            + " (also " + reads.getFirst().standard().source() + ")");
                }
            });
            int expected = 1;
            for (int position : positions.keySet()) {
                if (position != expected) {
                    StandardReader.Read read = positions.get(position).getFirst();
                    problems.add(read.standard().source(), read.idLine(), group + " skips position " + expected
                            + " before position " + position);
                    break;
                }
                expected++;
            }
        });
    }

    private static String idOfFile(String path) {
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length());
    }

    private static List<Relation> linkRelations(Map<String, StandardReader.Read> standards, java.util.Set<String> unreadable,
            Problems problems) {
        List<Relation> relations = new ArrayList<>();
        Map<String, StandardReader.DeclaredRelation> seen = new HashMap<>();
        for (StandardReader.Read read : standards.values()) {
            for (StandardReader.DeclaredRelation d : read.relations()) {
                StandardReader.Read target = standards.get(d.target());
                if (target == null) {
                    if (!unreadable.contains(d.target())) {
                        problems.add(d.file(), d.targetLine(), "relation to unknown standard '" + d.target() + "'");
                    }
                    continue;
                }
                if (d.target().equals(d.from())) {
                    problems.add(d.file(), d.targetLine(), "a standard cannot relate to itself");
                    continue;
                }
                Standard from = d.inverse() ? target.standard() : read.standard();
                Standard to = d.inverse() ? read.standard() : target.standard();
                boolean swap = d.kind().isSymmetric() && from.id().compareTo(to.id()) > 0;
                String key = (swap ? to : from).id() + " " + d.kind().slug() + " " + (swap ? from : to).id();
                StandardReader.DeclaredRelation earlier = seen.putIfAbsent(key, d);
                if (earlier != null) {
                    problems.add(d.file(), d.line(), "relation '" + from.id() + " " + d.kind().label() + " " + to.id()
                            + "' is declared twice (also in " + earlier.file() + ":" + earlier.line() + ")");
                    continue;
                }
                relations.add(new Relation(from, d.kind(), to, d.statedIn(), d.note()));
            }
        }
        return relations;
    }

    private static List<UseCase> readUseCases(CatalogFiles files, Map<String, Standard> standards,
            java.util.Set<String> unreadable, Problems problems) {
        UseCaseReader reader = new UseCaseReader(problems, standards, unreadable);
        Map<String, UseCaseReader.Read> useCases = new LinkedHashMap<>();
        files.in("use-cases/").forEach((path, text) -> reader.read(path, text).ifPresent(read -> {
            requireNamedAfterId(path, "use-cases/", read.useCase().id(), read.idLine(), problems);
            UseCaseReader.Read earlier = useCases.putIfAbsent(read.useCase().id(), read);
            if (earlier != null) {
                problems.add(path, read.idLine(), "duplicate id '" + read.useCase().id() + "' (also in "
                        + earlier.useCase().source() + ":" + earlier.idLine() + ")");
            }
        }));
        return useCases.values().stream().map(UseCaseReader.Read::useCase)
                .sorted(java.util.Comparator.comparing(UseCase::clause)).toList();
    }
}
