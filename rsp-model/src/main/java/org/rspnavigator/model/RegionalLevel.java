package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** One clause of a regional footnote: "Low but rising in the US". */
public record RegionalLevel(List<Region> regions, AdoptionLevel level, Optional<Trend> trend) {

    public RegionalLevel {
        regions = List.copyOf(regions);
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(trend, "trend");
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("a regional level names at least one region");
        }
    }

    /** Reads as a person would write it: "Low but rising in US". */
    public String describe() {
        String where = regions.contains(Region.ELSEWHERE) && regions.size() == 1
                ? "elsewhere"
                : "in " + regions.stream().map(Region::label).collect(Collectors.joining(" and "));
        return level.label() + trend.map(t -> " but " + t.label()).orElse("") + " " + where;
    }
}
