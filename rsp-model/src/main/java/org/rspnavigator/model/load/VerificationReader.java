package org.rspnavigator.model.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rspnavigator.model.Source;
import org.rspnavigator.model.Verification;
import org.rspnavigator.model.VerificationLevel;

/**
 * Reads the {@code verified}, {@code sources} and {@code note} keys that any fact about a profile
 * may carry. A fact that says nothing is unverified.
 */
final class VerificationReader {

    private final Problems problems;
    private final Map<String, Source> sources;

    VerificationReader(Problems problems, Map<String, Source> sources) {
        this.problems = problems;
        this.sources = sources;
    }

    Verification read(YamlFields f) {
        VerificationLevel level = f.text("verified").map(v -> switch (v) {
            case "true" -> VerificationLevel.VERIFIED;
            case "partial" -> VerificationLevel.PARTIAL;
            case "false" -> VerificationLevel.UNVERIFIED;
            default -> {
                problems.add(f.file(), f.lineOf("verified"), "'verified' must be true, partial or false, not '" + v + "'");
                yield VerificationLevel.UNVERIFIED;
            }
        }).orElse(VerificationLevel.UNVERIFIED);
        return new Verification(level, sources(f, "sources"), f.text("note"));
    }

    /** The sources listed under {@code key}; each id must be in {@code profiles/sources.yaml}. */
    List<Source> sources(YamlFields f, String key) {
        List<Source> result = new ArrayList<>();
        for (YamlFields.Located<String> id : f.locatedTexts(key)) {
            Source source = sources.get(id.value());
            if (source == null) {
                problems.add(f.file(), id.line(), "unknown source '" + id.value() + "' (sources are listed in "
                        + CatalogLoader.SOURCES + ")");
            } else {
                result.add(source);
            }
        }
        return result;
    }

    /** Reads {@code profiles/sources.yaml}: {@code S-ID: {what: …, where: …}}. */
    static Map<String, Source> readSources(String path, String text, Problems problems) {
        Map<String, Source> result = new java.util.LinkedHashMap<>();
        Optional<YamlFields> parsed = YamlFields.parse(path, text, 1, problems);
        if (parsed.isEmpty()) {
            return result;
        }
        YamlFields all = parsed.get();
        for (String id : all.keys()) {
            Optional<YamlFields> entry = all.mapping(id);
            if (entry.isEmpty()) {
                continue;
            }
            String what = entry.get().requiredText("what");
            String where = entry.get().requiredText("where");
            entry.get().finish();
            if (what != null && where != null) {
                result.put(id, new Source(id, what, where));
            }
        }
        all.finish();
        return result;
    }
}
