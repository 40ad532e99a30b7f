package org.rspnavigator.model;

import java.util.Comparator;
import java.util.Optional;

/**
 * A product-adoption or site-deployment rating as a table cell gives it: a level, a level with a
 * footnote ("Low ^a"), or only a regional footnote ("^a", the levels differing by region).
 */
public record AdoptionRating(Optional<AdoptionLevel> level, Optional<Footnote> footnote) {

    /** What a rating reads where its regional footnote gives no level for the region asked about. */
    public static final String NO_LEVEL_FOR_REGION = "No level for this region";

    public AdoptionRating {
        if (level.isEmpty() && footnote.map(f -> f.kind() != FootnoteKind.REGIONAL_VARIATION).orElse(true)) {
            throw new IllegalArgumentException("a rating without a level needs a regional-variation footnote");
        }
    }

    public static AdoptionRating of(AdoptionLevel level) {
        return new AdoptionRating(Optional.of(level), Optional.empty());
    }

    /** True when the table gives no single level, only levels per region. */
    public boolean isRegional() {
        return level.isEmpty();
    }

    /** The level that applies in {@code region}: the regional one where a footnote gives one. */
    public Optional<AdoptionLevel> levelIn(Region region) {
        return footnote.filter(f -> f.kind() == FootnoteKind.REGIONAL_VARIATION)
                .flatMap(f -> f.levelIn(region))
                .or(() -> level);
    }

    /**
     * The rating in {@code region} in words: "Moderate", "Low but rising", or {@link #NO_LEVEL_FOR_REGION}
     * where only a regional footnote gives levels and it names neither the region nor "elsewhere".
     */
    public String describeIn(Region region) {
        Optional<RegionalLevel> clause = footnote.filter(f -> f.kind() == FootnoteKind.REGIONAL_VARIATION)
                .flatMap(f -> f.regionalLevelIn(region));
        if (clause.isPresent()) {
            return clause.get().level().label() + clause.get().trend().map(t -> " but " + t.label()).orElse("");
        }
        return level.map(AdoptionLevel::label).orElse(NO_LEVEL_FOR_REGION);
    }

    /** True when the table gives levels per region only and none for {@code region}. */
    public boolean hasNoLevelIn(Region region) {
        return levelIn(region).isEmpty();
    }

    /** The highest level the rating reaches in any region, for "at least" filters without a region. */
    public AdoptionLevel highestLevel() {
        return level.orElseGet(() -> footnote.orElseThrow().regionalLevels().stream()
                .map(RegionalLevel::level).max(Comparator.naturalOrder()).orElseThrow());
    }

    /** As the table would print it, spelled out: "Moderate", "Low (see Table 2, footnote a)", "High in US and Canada; Low elsewhere". */
    public String describe() {
        if (level.isEmpty()) {
            return footnote.orElseThrow().regionalLevels().stream().map(RegionalLevel::describe)
                    .reduce((a, b) -> a + "; " + b).orElse("");
        }
        return level.get().label() + footnote.map(f -> " (see " + f.reference() + ")").orElse("");
    }
}
