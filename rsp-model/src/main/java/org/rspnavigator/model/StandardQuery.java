package org.rspnavigator.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A selection of portfolio standards, as policy makers and planners narrow the catalog down: by
 * category, assessment group, maturity, SDO, minimum ratings, and a region whose footnote levels
 * then apply. Empty sets mean "any". It round-trips through URL query parameters
 * ({@code category=technical-workflow&group=emerging}), so any filtered view can be linked to.
 *
 * <p>Ratings that a footnote gives per region only are compared by the level that applies in
 * {@link #region()}; with no region chosen, by the highest level the rating reaches in any region,
 * so that "site deployment at least high" keeps ICD-10 (high in the US and Canada).
 *
 * <p>A footnote may give no level at all for the chosen region (IHE SWF.b's site deployment has
 * levels for Europe, Japan and the US only, so none for Canada or elsewhere). Such a standard has
 * "no level for this region": a level filter cannot compare it, so by default it is left out of
 * {@link #apply(Catalog) the result}, and never silently: {@link #noLevelForRegion(Catalog)} names
 * it. With {@link NoLevel#INCLUDE} ({@code no-level=include}) the level filters keep it instead.
 */
public record StandardQuery(Set<Category> categories, Set<AssessmentGroup> groups, Set<Maturity> maturities,
        Set<Sdo> sdos, Optional<AdoptionLevel> minProductAdoption, Optional<AdoptionLevel> minSiteDeployment,
        Optional<ToolingLevel> minTooling, Set<AdoptionLevel> productAdoptionLevels, Optional<Region> region,
        String text, NoLevel noLevel) {

    /** Query parameter names, in the order they are written. */
    public static final String CATEGORY = "category";
    public static final String GROUP = "group";
    public static final String MATURITY = "maturity";
    public static final String SDO = "sdo";
    public static final String ADOPTION = "adoption";
    public static final String DEPLOYMENT = "deployment";
    public static final String TOOLING = "tooling";
    /** Exact product-adoption levels (any of), as the portfolio charts link to them. */
    public static final String ADOPTION_LEVEL = "adoption-level";
    public static final String REGION = "region";
    public static final String TEXT = "q";
    /** Whether a level filter keeps standards with no level for the chosen region: {@code include} or {@code exclude}. */
    public static final String NO_LEVEL = "no-level";

    private static final int MAX_TEXT = 200;

    public static final StandardQuery ALL = new StandardQuery(Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), "", NoLevel.EXCLUDE);

    /**
     * What a level filter does with a standard whose regional footnote gives no level for the
     * chosen region: leave it out of the result (named apart), or keep it.
     */
    public enum NoLevel implements Term {
        EXCLUDE("left out of level filters"),
        INCLUDE("kept by level filters");

        private final String label;

        NoLevel(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** The query as it was before "no level for this region" could be chosen: such standards are left out. */
    public StandardQuery(Set<Category> categories, Set<AssessmentGroup> groups, Set<Maturity> maturities,
            Set<Sdo> sdos, Optional<AdoptionLevel> minProductAdoption, Optional<AdoptionLevel> minSiteDeployment,
            Optional<ToolingLevel> minTooling, Set<AdoptionLevel> productAdoptionLevels, Optional<Region> region,
            String text) {
        this(categories, groups, maturities, sdos, minProductAdoption, minSiteDeployment, minTooling,
                productAdoptionLevels, region, text, NoLevel.EXCLUDE);
    }

    public StandardQuery {
        categories = copy(categories, Category.class);
        groups = copy(groups, AssessmentGroup.class);
        maturities = copy(maturities, Maturity.class);
        sdos = copy(sdos, Sdo.class);
        productAdoptionLevels = copy(productAdoptionLevels, AdoptionLevel.class);
        text = text == null ? "" : text.strip();
        noLevel = noLevel == null ? NoLevel.EXCLUDE : noLevel;
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> set, Class<E> type) {
        return set.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(set));
    }

    public boolean matches(Standard s) {
        return (categories.isEmpty() || categories.contains(s.category()))
                && (groups.isEmpty() || groups.contains(s.group()))
                && (maturities.isEmpty() || maturities.contains(s.maturity()))
                && (sdos.isEmpty() || s.sdos().stream().anyMatch(sdos::contains))
                && minProductAdoption.map(min -> reaches(s.productAdoption(), min)).orElse(true)
                && minSiteDeployment.map(min -> reaches(s.siteDeployment(), min)).orElse(true)
                && minTooling.map(min -> s.tooling().isAtLeast(min)).orElse(true)
                && (productAdoptionLevels.isEmpty()
                        || levelOf(s.productAdoption()).map(productAdoptionLevels::contains).orElse(keepsNoLevel()))
                && (text.isEmpty() || mentions(s, text.toLowerCase(Locale.ROOT)));
    }

    /** The standards of {@code catalog} this query selects, in table order. */
    public List<Standard> apply(Catalog catalog) {
        return catalog.standards().stream().filter(this::matches).toList();
    }

    /**
     * The standards that every other filter selects but whose footnote gives no level in the chosen
     * region for a rating a level filter compares, in table order. With {@link NoLevel#EXCLUDE} these
     * are what the level filters left out; with {@link NoLevel#INCLUDE}, the part of the result that
     * was kept without a level. Empty without a region or a level filter.
     */
    public List<Standard> noLevelForRegion(Catalog catalog) {
        StandardQuery keeping = withNoLevel(NoLevel.INCLUDE);
        return catalog.standards().stream().filter(s -> hasNoLevelFor(s) && keeping.matches(s)).toList();
    }

    /** True when a level filter of this query compares a rating of {@code s} that has no level in the chosen region. */
    public boolean hasNoLevelFor(Standard s) {
        if (region.isEmpty()) {
            return false;
        }
        boolean adoption = (minProductAdoption.isPresent() || !productAdoptionLevels.isEmpty())
                && levelOf(s.productAdoption()).isEmpty();
        boolean deployment = minSiteDeployment.isPresent() && levelOf(s.siteDeployment()).isEmpty();
        return adoption || deployment;
    }

    /** True when a level filter compares a regional rating: the only case where "no level for this region" arises. */
    public boolean comparesRegionalLevels() {
        return region.isPresent()
                && (minProductAdoption.isPresent() || minSiteDeployment.isPresent() || !productAdoptionLevels.isEmpty());
    }

    private boolean keepsNoLevel() {
        return noLevel == NoLevel.INCLUDE;
    }

    /** The level of {@code rating} this query compares: in its region, or the highest anywhere. */
    public Optional<AdoptionLevel> levelOf(AdoptionRating rating) {
        return region.map(rating::levelIn).orElseGet(() -> Optional.of(rating.highestLevel()));
    }

    private boolean reaches(AdoptionRating rating, AdoptionLevel min) {
        return levelOf(rating).map(level -> level.isAtLeast(min)).orElse(keepsNoLevel());
    }

    private static boolean mentions(Standard s, String needle) {
        return s.briefName().toLowerCase(Locale.ROOT).contains(needle)
                || s.formalName().toLowerCase(Locale.ROOT).contains(needle)
                || s.id().contains(needle)
                || s.acronyms().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle))
                || s.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle));
    }

    public boolean isEmpty() {
        return this.equals(ALL);
    }

    public StandardQuery withCategories(Collection<Category> values) {
        return new StandardQuery(Set.copyOf(values), groups, maturities, sdos, minProductAdoption, minSiteDeployment,
                minTooling, productAdoptionLevels, region, text, noLevel);
    }

    public StandardQuery withGroups(Collection<AssessmentGroup> values) {
        return new StandardQuery(categories, Set.copyOf(values), maturities, sdos, minProductAdoption,
                minSiteDeployment, minTooling, productAdoptionLevels, region, text, noLevel);
    }

    public StandardQuery withMaturities(Collection<Maturity> values) {
        return new StandardQuery(categories, groups, Set.copyOf(values), sdos, minProductAdoption, minSiteDeployment,
                minTooling, productAdoptionLevels, region, text, noLevel);
    }

    public StandardQuery withSdos(Collection<Sdo> values) {
        return new StandardQuery(categories, groups, maturities, Set.copyOf(values), minProductAdoption,
                minSiteDeployment, minTooling, productAdoptionLevels, region, text, noLevel);
    }

    public StandardQuery withMinProductAdoption(AdoptionLevel level) {
        return new StandardQuery(categories, groups, maturities, sdos, Optional.ofNullable(level), minSiteDeployment,
                minTooling, productAdoptionLevels, region, text, noLevel);
    }

    public StandardQuery withMinSiteDeployment(AdoptionLevel level) {
        return new StandardQuery(categories, groups, maturities, sdos, minProductAdoption, Optional.ofNullable(level),
                minTooling, productAdoptionLevels, region, text, noLevel);
    }

    public StandardQuery withMinTooling(ToolingLevel level) {
        return new StandardQuery(categories, groups, maturities, sdos, minProductAdoption, minSiteDeployment,
                Optional.ofNullable(level), productAdoptionLevels, region, text, noLevel);
    }

    public StandardQuery withProductAdoptionLevels(Collection<AdoptionLevel> values) {
        return new StandardQuery(categories, groups, maturities, sdos, minProductAdoption, minSiteDeployment,
                minTooling, Set.copyOf(values), region, text, noLevel);
    }

    public StandardQuery withRegion(Region value) {
        return new StandardQuery(categories, groups, maturities, sdos, minProductAdoption, minSiteDeployment,
                minTooling, productAdoptionLevels, Optional.ofNullable(value), text, noLevel);
    }

    public StandardQuery withText(String value) {
        return new StandardQuery(categories, groups, maturities, sdos, minProductAdoption, minSiteDeployment,
                minTooling, productAdoptionLevels, region, value, noLevel);
    }

    public StandardQuery withNoLevel(NoLevel value) {
        return new StandardQuery(categories, groups, maturities, sdos, minProductAdoption, minSiteDeployment,
                minTooling, productAdoptionLevels, region, text, value);
    }

    /**
     * Reads URL query parameters. A parameter may be repeated or hold comma-separated values;
     * unknown parameter names are ignored (they may belong to someone else), but an unknown value
     * of a known parameter is refused with a message that lists the valid ones.
     *
     * @throws IllegalArgumentException naming the parameter and value that is wrong
     */
    public static StandardQuery fromParameters(Map<String, List<String>> parameters) {
        String text = parameters.getOrDefault(TEXT, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty())
                .collect(Collectors.joining(" "));
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("'" + TEXT + "' is longer than " + MAX_TEXT + " characters");
        }
        return new StandardQuery(
                TermParameters.parse(parameters, CATEGORY, Category.class),
                TermParameters.parse(parameters, GROUP, AssessmentGroup.class),
                TermParameters.parse(parameters, MATURITY, Maturity.class),
                TermParameters.parse(parameters, SDO, Sdo.class),
                single(parameters, ADOPTION, AdoptionLevel.class),
                single(parameters, DEPLOYMENT, AdoptionLevel.class),
                single(parameters, TOOLING, ToolingLevel.class),
                TermParameters.parse(parameters, ADOPTION_LEVEL, AdoptionLevel.class),
                single(parameters, REGION, Region.class),
                text,
                single(parameters, NO_LEVEL, NoLevel.class).orElse(NoLevel.EXCLUDE));
    }

    /** The query as URL parameters, in a stable order; an empty query gives an empty map. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, CATEGORY, categories);
        put(p, GROUP, groups);
        put(p, MATURITY, maturities);
        put(p, SDO, sdos);
        minProductAdoption.ifPresent(v -> p.put(ADOPTION, List.of(v.slug())));
        minSiteDeployment.ifPresent(v -> p.put(DEPLOYMENT, List.of(v.slug())));
        minTooling.ifPresent(v -> p.put(TOOLING, List.of(v.slug())));
        put(p, ADOPTION_LEVEL, productAdoptionLevels);
        region.ifPresent(v -> p.put(REGION, List.of(v.slug())));
        if (!text.isEmpty()) {
            p.put(TEXT, List.of(text));
        }
        if (noLevel == NoLevel.INCLUDE) {
            p.put(NO_LEVEL, List.of(noLevel.slug()));
        }
        return p;
    }

    /** The query string, e.g. {@code category=technical-workflow&group=emerging}; empty for no filter. */
    public String toQueryString() {
        return toParameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream()
                        .map(v -> java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8))
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("&"));
    }

    /** The filter in words, for headings and exported documents: "Emerging; Technical workflow standards". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        describeSet(parts, categories, "");
        describeSet(parts, groups, "");
        describeSet(parts, maturities, "maturity ");
        describeSet(parts, sdos, "SDO ");
        minProductAdoption.ifPresent(v -> parts.add("product adoption at least " + v.label()));
        minSiteDeployment.ifPresent(v -> parts.add("site deployment at least " + v.label()));
        minTooling.ifPresent(v -> parts.add("tooling at least " + v.label()));
        describeSet(parts, productAdoptionLevels, "product adoption ");
        region.ifPresent(v -> parts.add("levels for region " + v.label()));
        if (noLevel == NoLevel.INCLUDE && comparesRegionalLevels()) {
            parts.add("including standards with no level for this region");
        }
        if (!text.isEmpty()) {
            parts.add("matching \"" + text + "\"");
        }
        return parts.isEmpty() ? "All standards" : String.join("; ", parts);
    }

    private static <E extends Enum<E> & Term> void describeSet(List<String> parts, Set<E> set, String prefix) {
        if (!set.isEmpty()) {
            parts.add(prefix + set.stream().sorted().map(Term::label).collect(Collectors.joining(" or ")));
        }
    }

    private static void put(Map<String, List<String>> p, String name, Set<? extends Term> set) {
        if (!set.isEmpty()) {
            p.put(name, TermParameters.slugs(set));
        }
    }

    private static <E extends Enum<E> & Term> Optional<E> single(Map<String, List<String>> parameters, String name,
            Class<E> type) {
        List<String> values = TermParameters.values(parameters, name);
        if (values.size() > 1) {
            throw new IllegalArgumentException("'" + name + "' takes one value, not " + values.size());
        }
        return values.stream().findFirst().map(v -> TermParameters.parse(name, v, type));
    }

    /** Groups the selected standards by a key, keeping table order; handy for the portfolio layout. */
    public static <K> Map<K, List<Standard>> groupBy(List<Standard> standards, Function<Standard, K> key) {
        return standards.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
