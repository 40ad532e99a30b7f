package org.rspnavigator.model.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.model.ClinicalService;
import org.rspnavigator.model.ClinicalService.ProfileOption;
import org.rspnavigator.model.ClinicalService.RowRef;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.UseCase;

/**
 * Reads {@code clinical-services/<id>.md}: a clinical service and what of the catalog belongs to
 * it. Every standard, profile, option and use-case row it names must be in the catalog; a profile
 * that is a portfolio entry is named by its standard, so that each fact is said once.
 */
final class ClinicalServiceReader {

    static final String FOLDER = "clinical-services/";

    private final Problems problems;
    private final Map<String, Standard> standards;
    private final Set<String> unreadableStandards;
    private final Map<String, ProfileReader.Read> profiles;
    private final Set<String> unreadableProfiles;
    private final List<UseCase> useCases;

    ClinicalServiceReader(Problems problems, Map<String, Standard> standards, Set<String> unreadableStandards,
            Map<String, ProfileReader.Read> profiles, Set<String> unreadableProfiles, List<UseCase> useCases) {
        this.problems = problems;
        this.standards = standards;
        this.unreadableStandards = unreadableStandards;
        this.profiles = profiles;
        this.unreadableProfiles = unreadableProfiles;
        this.useCases = useCases;
    }

    /** Every service of the folder, by name; files with problems are reported and left out. */
    List<ClinicalService> readAll(Map<String, String> files) {
        Map<String, ClinicalService> services = new LinkedHashMap<>();
        Map<String, Integer> idLines = new LinkedHashMap<>();
        files.forEach((path, text) -> read(path, text).ifPresent(read -> {
            ClinicalService s = read.service();
            String expected = FOLDER + s.id() + ".md";
            if (!path.equals(expected)) {
                problems.add(path, read.idLine(), "the file holding id '" + s.id() + "' must be named " + expected);
            }
            ClinicalService earlier = services.putIfAbsent(s.id(), s);
            if (earlier != null) {
                problems.add(path, read.idLine(), "duplicate id '" + s.id() + "' (also in " + earlier.source() + ":"
                        + idLines.get(s.id()) + ")");
            } else {
                idLines.put(s.id(), read.idLine());
            }
        }));
        return services.values().stream().sorted(Comparator.comparing(ClinicalService::name)).toList();
    }

    private record Read(ClinicalService service, int idLine) {
    }

    private Optional<Read> read(String path, String text) {
        return CatalogFile.open(path, text, problems).flatMap(file -> read(path, file));
    }

    private Optional<Read> read(String path, CatalogFile file) {
        YamlFields f = file.fields();
        String id = f.requiredId();
        String name = f.requiredText("name");
        List<Standard> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlFields.Located<String> sid : f.locatedTexts("standards")) {
            Standard s = standards.get(sid.value());
            if (!seen.add(sid.value())) {
                problems.add(path, sid.line(), "'" + sid.value() + "' is listed twice");
            } else if (s != null) {
                members.add(s);
            } else if (!unreadableStandards.contains(sid.value())) {
                problems.add(path, sid.line(), "unknown standard '" + sid.value() + "'");
            }
        }
        List<String> profileIds = new ArrayList<>();
        for (YamlFields.Located<String> pid : f.locatedTexts("profiles")) {
            profile(path, pid.value(), pid.line()).ifPresent(p -> {
                if (p.portfolioEntry().isPresent()) {
                    problems.add(path, pid.line(), "IHE " + p.acronym() + " is the portfolio entry '"
                            + p.portfolioEntry().get().id() + "': list it under 'standards'");
                } else if (profileIds.contains(p.id())) {
                    problems.add(path, pid.line(), "'" + p.id() + "' is listed twice");
                } else {
                    profileIds.add(p.id());
                }
            });
        }
        List<ProfileOption> options = new ArrayList<>();
        for (YamlFields o : f.mappings("options")) {
            String profileId = o.requiredText("profile");
            String option = o.requiredText("option");
            o.finish();
            if (profileId == null || option == null) {
                continue;
            }
            profile(path, profileId, o.lineOf("profile")).ifPresent(p -> {
                boolean offered = p.actors().stream().anyMatch(a -> a.option(option).isPresent());
                if (!offered) {
                    problems.add(path, o.lineOf("option"), "no actor of IHE " + p.acronym() + " has the option '"
                            + option + "'");
                } else {
                    options.add(new ProfileOption(p.id(), option));
                }
            });
        }
        List<ClinicalService.Proposed> proposes = new ArrayList<>();
        for (YamlFields pr : f.mappings("proposes")) {
            String profileId = pr.requiredText("profile");
            org.rspnavigator.model.Category category = pr.requiredTerm("category", org.rspnavigator.model.Category.class,
                    "category");
            pr.finish();
            if (profileId == null || category == null) {
                continue;
            }
            profile(path, profileId, pr.lineOf("profile")).ifPresent(p -> {
                if (p.portfolioEntry().isPresent()) {
                    problems.add(path, pr.lineOf("profile"), "IHE " + p.acronym() + " is the portfolio entry '"
                            + p.portfolioEntry().get().id() + "': the use cases already propose it");
                } else if (proposes.stream().anyMatch(x -> x.profile().equals(p.id()))) {
                    problems.add(path, pr.lineOf("profile"), "'" + p.id() + "' is proposed twice");
                } else {
                    proposes.add(new ClinicalService.Proposed(p.id(), category));
                }
            });
        }
        List<RowRef> rows = new ArrayList<>();
        for (YamlFields r : f.mappings("rows")) {
            String useCaseId = r.requiredText("use-case");
            String label = r.requiredText("row");
            r.finish();
            if (useCaseId == null || label == null) {
                continue;
            }
            Optional<UseCase> useCase = useCases.stream().filter(u -> u.id().equals(useCaseId)).findFirst();
            if (useCase.isEmpty()) {
                problems.add(path, r.lineOf("use-case"), "unknown use case '" + useCaseId + "'");
            } else if (useCase.get().rows().stream().noneMatch(row -> row.label().equals(label))) {
                problems.add(path, r.lineOf("row"), "use case '" + useCaseId + "' has no row '" + label + "'");
            } else {
                rows.add(new RowRef(useCaseId, label));
            }
        }
        f.finish();
        if (members.isEmpty() && profileIds.isEmpty() && options.isEmpty() && rows.isEmpty() && proposes.isEmpty()
                && !file.hasProblems()) {
            problems.add(path, f.line(), "a clinical service needs at least one of 'standards', 'profiles', "
                    + "'options', 'rows' or 'proposes'");
        }
        String description = file.markdown().body().strip();
        if (description.isEmpty()) {
            problems.add(path, file.markdown().bodyLine(), "a clinical service needs a description after the front matter");
        }
        if (file.hasProblems()) {
            return Optional.empty();
        }
        return Optional.of(new Read(new ClinicalService(id, name, members, profileIds, options, rows, proposes, description,
                path),
                f.lineOf("id")));
    }

    private Optional<Profile> profile(String path, String id, int line) {
        ProfileReader.Read read = profiles.get(id);
        if (read == null) {
            if (!unreadableProfiles.contains(id)) {
                problems.add(path, line, "profile '" + id + "' is not in the catalog");
            }
            return Optional.empty();
        }
        return Optional.of(read.profile());
    }
}
