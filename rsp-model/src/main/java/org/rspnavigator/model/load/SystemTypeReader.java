package org.rspnavigator.model.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.SystemType.ActorRole;

/**
 * Reads {@code system-types/<id>.md}. The profiles, actors and options a system type plays are
 * returned with their lines, for the loader to check against the profiles.
 */
final class SystemTypeReader {

    private final Problems problems;

    SystemTypeReader(Problems problems) {
        this.problems = problems;
    }

    record PlayLines(ActorRole role, int profileLine, int actorLine, List<YamlFields.Located<String>> options) {
    }

    record Read(SystemType systemType, int idLine, List<PlayLines> plays, List<YamlFields.Located<String>> useCaseSystems,
            List<YamlFields.Located<String>> creates, List<YamlFields.Located<String>> playsNoActor) {
    }

    Optional<Read> read(String path, String text) {
        return CatalogFile.open(path, text, problems).flatMap(file -> read(path, file));
    }

    private Optional<Read> read(String path, CatalogFile file) {
        YamlFields f = file.fields();
        String id = f.requiredId();
        String name = f.requiredText("name");
        List<String> aliases = f.texts("aliases");
        List<YamlFields.Located<String>> useCaseSystems = f.locatedTexts("use-case-systems");
        List<PlayLines> plays = new ArrayList<>();
        for (YamlFields p : f.mappings("plays")) {
            String profile = p.requiredText("profile");
            String actor = p.requiredText("actor");
            List<YamlFields.Located<String>> options = p.locatedTexts("options");
            Optional<String> note = p.text("note");
            p.finish();
            if (profile != null && actor != null) {
                plays.add(new PlayLines(new ActorRole(profile, actor, options.stream().map(YamlFields.Located::value).toList(),
                        note), p.lineOf("profile"), p.lineOf("actor"), options));
            }
        }
        List<YamlFields.Located<String>> creates = f.locatedTexts("creates");
        if (f.has("creates") && creates.isEmpty() && !file.hasProblems()) {
            problems.add(path, f.lineOf("creates"), "'creates' is empty: list the content objects the system "
                    + "creates, or leave the key out if it creates none of them");
        }
        List<YamlFields.Located<String>> noActorProfiles = new ArrayList<>();
        List<SystemType.NoActor> noActor = new ArrayList<>();
        for (YamlFields n : f.mappings("plays-no-actor")) {
            String profile = n.requiredText("profile");
            String note = n.requiredText("note");
            n.finish();
            if (profile != null && note != null) {
                noActor.add(new SystemType.NoActor(profile, note));
                noActorProfiles.add(new YamlFields.Located<>(profile, n.lineOf("profile")));
            }
        }
        f.finish();
        String description = file.markdown().body().strip();
        if (description.isEmpty()) {
            problems.add(path, file.markdown().bodyLine(), "a system type needs a description after the front matter");
        }
        if (file.hasProblems()) {
            return Optional.empty();
        }
        SystemType type = new SystemType(id, name, aliases, useCaseSystems.stream().map(YamlFields.Located::value).toList(),
                plays.stream().map(PlayLines::role).toList(), creates.stream().map(YamlFields.Located::value).toList(),
                noActor, description, path);
        return Optional.of(new Read(type, f.lineOf("id"), plays, useCaseSystems, creates, noActorProfiles));
    }
}
