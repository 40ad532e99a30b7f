package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A footnote of one of the portfolio tables, as structured data. A regional-variation footnote
 * carries the level for each region; a caveat carries only its text (in the project's words).
 */
public record Footnote(int table, String mark, FootnoteKind kind, List<RegionalLevel> regionalLevels,
        Optional<String> text) {

    public Footnote {
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(kind, "kind");
        regionalLevels = List.copyOf(regionalLevels);
        Objects.requireNonNull(text, "text");
    }

    /** "Table 3, footnote a". */
    public String reference() {
        return "Table " + table + ", footnote " + mark;
    }

    /** The level this footnote gives for {@code region}, falling back to its "elsewhere" level. */
    public Optional<AdoptionLevel> levelIn(Region region) {
        return regionalLevel(region).or(() -> regionalLevel(Region.ELSEWHERE)).map(RegionalLevel::level);
    }

    /** The clause of this footnote that covers {@code region}, falling back to its "elsewhere" clause. */
    public Optional<RegionalLevel> regionalLevelIn(Region region) {
        return regionalLevel(region).or(() -> regionalLevel(Region.ELSEWHERE));
    }

    private Optional<RegionalLevel> regionalLevel(Region region) {
        return regionalLevels.stream().filter(r -> r.regions().contains(region)).findFirst();
    }

    /** The footnote as a sentence: the regional levels, then the text. */
    public String describe() {
        String levels = regionalLevels.stream().map(RegionalLevel::describe).collect(Collectors.joining("; "));
        if (levels.isEmpty()) {
            return text.orElse("");
        }
        return text.map(t -> levels + ". " + t).orElse(levels + ".");
    }
}
