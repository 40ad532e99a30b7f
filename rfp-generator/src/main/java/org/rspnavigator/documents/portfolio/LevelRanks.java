package org.rspnavigator.documents.portfolio;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.rspnavigator.model.AdoptionLevel;
import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Term;
import org.rspnavigator.model.ToolingLevel;

/**
 * Levels as text that sorts: "1 Final", "2 High in US and Canada; Low elsewhere". A spreadsheet
 * sorts text alphabetically, which puts "High" before "Low" but also "Final" before "Trial" and
 * "Universal" last; with its rank in front, a level sorts where it belongs. Rank 1 is the highest
 * level, so that sorting A to Z lists the strongest standards first, as a buyer reads a shortlist:
 *
 * <ul>
 * <li>maturity: Final, Trial, Published draft, Retired (standards in force first, retired ones last,
 * as the portfolio's maturity chart orders them);</li>
 * <li>product adoption and site deployment: Universal down to None ({@link AdoptionLevel} from the
 * top), then "No level for this region" where a regional footnote gives none for the region asked
 * about;</li>
 * <li>tooling: High down to None ({@link ToolingLevel} from the top).</li>
 * </ul>
 *
 * A rating is ranked by the level the catalog's filters compare ({@code StandardQuery.levelOf}): in
 * the region, if the view names one, or else its highest level in any region, so "High in US and
 * Canada; Low elsewhere" ranks as High. No scale has ten levels, so the rank is always one digit and
 * text order is rank order in every spreadsheet program.
 */
final class LevelRanks {

    /** Maturity from the most settled to the least usable for a new purchase. */
    private static final List<Maturity> MATURITY = List.of(Maturity.FINAL, Maturity.TRIAL, Maturity.PUBLISHED_DRAFT,
            Maturity.RETIRED);
    private static final List<AdoptionLevel> ADOPTION = Arrays.asList(AdoptionLevel.values()).reversed();
    private static final List<ToolingLevel> TOOLING = Arrays.asList(ToolingLevel.values()).reversed();

    private LevelRanks() {
    }

    /** "1 Final". */
    static String maturity(Maturity maturity) {
        return ranked(MATURITY.indexOf(maturity) + 1, maturity.label());
    }

    /** "1 High". */
    static String tooling(ToolingLevel tooling) {
        return ranked(TOOLING.indexOf(tooling) + 1, tooling.label());
    }

    /**
     * The rating as the CSV gives it ({@link PortfolioExport#rating}), ranked by the level compared:
     * "3 Moderate", "2 High in US and Canada; Low elsewhere", "7 No level for this region".
     */
    static String rating(AdoptionRating rating, Optional<Region> region) {
        Optional<AdoptionLevel> level = region.isPresent() ? rating.levelIn(region.get())
                : Optional.of(rating.highestLevel());
        int rank = level.map(l -> ADOPTION.indexOf(l) + 1).orElse(ADOPTION.size() + 1);
        return ranked(rank, PortfolioExport.rating(rating, region));
    }

    /** The scale of maturity in rank order, as the workbook explains it: "1 Final, 2 Trial, …". */
    static String maturityScale() {
        return scale(MATURITY);
    }

    /** The scale of product adoption and site deployment; with a region, the rank of "no level" too. */
    static String adoptionScale(Optional<Region> region) {
        return scale(ADOPTION) + region.map(r -> ", " + ranked(ADOPTION.size() + 1, AdoptionRating.NO_LEVEL_FOR_REGION))
                .orElse("");
    }

    /** The scale of tooling: "1 High, 2 Moderate, 3 Low, 4 None". */
    static String toolingScale() {
        return scale(TOOLING);
    }

    private static String scale(List<? extends Term> levels) {
        return IntStream.range(0, levels.size()).mapToObj(i -> ranked(i + 1, levels.get(i).label()))
                .collect(Collectors.joining(", "));
    }

    private static String ranked(int rank, String text) {
        return rank + " " + text;
    }
}
