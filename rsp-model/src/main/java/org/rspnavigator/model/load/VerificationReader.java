package org.rspnavigator.model.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rspnavigator.model.Source;
import org.rspnavigator.model.SourceKind;
import org.rspnavigator.model.Term;
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
        List<Source> cited = sources(f, "sources");
        VerificationLevel reachable = cited.stream().map(Source::reach)
                .reduce(VerificationLevel.UNVERIFIED, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        if (level.compareTo(reachable) < 0) {
            problems.add(f.file(), f.lineOf("verified"), "'verified: " + f.text("verified").orElse("") + "' needs "
                    + (level == VerificationLevel.VERIFIED ? "an IHE publication"
                            : "an IHE publication or an IHE secondary source")
                    + " among the fact's sources" + (cited.isEmpty() ? ", and it cites none"
                            : "; " + String.join(", ", cited.stream().map(s -> s.id() + " reaches '"
                                    + s.reach().label().toLowerCase(java.util.Locale.ROOT) + "'").toList())));
        }
        return new Verification(level, cited, f.text("note"));
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

    /**
     * Reads one sources file ({@code profiles/sources.yaml} or {@code profiles/sources-*.yaml}) into
     * {@code result}: {@code S-ID: {kind: …, what: …, section: …, where: …}}. An id given twice,
     * in this file or an earlier one, is an error.
     */
    static void readSources(String path, String text, Map<String, Source> result, Problems problems) {
        Optional<YamlFields> parsed = YamlFields.parse(path, text, 1, problems);
        if (parsed.isEmpty()) {
            return;
        }
        YamlFields all = parsed.get();
        for (String id : all.keys()) {
            Optional<YamlFields> entry = all.mapping(id);
            if (entry.isEmpty()) {
                continue;
            }
            YamlFields e = entry.get();
            String kindText = e.requiredText("kind");
            String what = e.requiredText("what");
            Optional<String> section = e.text("section");
            String where = e.requiredText("where");
            e.finish();
            Optional<SourceKind> kind = Optional.ofNullable(kindText).flatMap(k -> Term.fromSlug(SourceKind.class, k));
            if (kindText != null && kind.isEmpty()) {
                problems.add(path, e.lineOf("kind"), "'kind' must be one of " + Term.slugs(SourceKind.class) + ", not '"
                        + kindText + "'");
            }
            if (result.containsKey(id)) {
                problems.add(path, all.lineOf(id), "source " + id + " is listed twice");
            } else if (kind.isPresent() && what != null && where != null) {
                result.put(id, new Source(id, kind.get(), what, section, where));
            }
        }
        all.finish();
    }
}
