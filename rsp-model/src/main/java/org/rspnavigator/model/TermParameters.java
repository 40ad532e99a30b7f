package org.rspnavigator.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one codec for vocabulary filters in URL query parameters ({@code group=preferred,emerging}),
 * shared by the catalog and portfolio ({@link StandardQuery}), the profile list, the search and
 * the API. A parameter may be repeated or hold comma-separated values, matched to slugs whatever
 * their case; a selection is written back as slugs in the vocabulary's order, so that the same
 * selection always gives the same address.
 *
 * <p>Every vocabulary is an enum implementing {@link Term}; the order of its constants is the
 * vocabulary's order.
 */
public final class TermParameters {

    private static final Comparator<Term> VOCABULARY_ORDER = Comparator.comparingInt(t -> ((Enum<?>) t).ordinal());

    private TermParameters() {
    }

    /**
     * The values of parameter {@code name}: every occurrence split at commas and stripped, blanks
     * left out, in the order given.
     */
    public static List<String> values(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /**
     * The terms of {@code vocabulary} that parameter {@code name} holds, in the vocabulary's
     * order; empty (any) when the parameter is absent or blank.
     *
     * @param otherWords words the parameter may hold besides the slugs (such as {@code none});
     *                   they are left out of the result, for the caller to read with {@link #values}
     * @throws IllegalArgumentException naming the value, the parameter and the values it may hold
     */
    public static <T extends Term> Set<T> parse(Map<String, List<String>> parameters, String name,
            Class<T> vocabulary, String... otherWords) {
        Set<T> chosen = new HashSet<>();
        for (String value : values(parameters, name)) {
            if (!List.of(otherWords).contains(value.toLowerCase(Locale.ROOT))) {
                chosen.add(find(name, value, vocabulary, otherWords));
            }
        }
        Set<T> inOrder = new LinkedHashSet<>();
        constants(vocabulary).stream().filter(chosen::contains).forEach(inOrder::add);
        return Collections.unmodifiableSet(inOrder);
    }

    /**
     * The term of {@code vocabulary} whose slug {@code value} is, whatever its case.
     *
     * @throws IllegalArgumentException naming the value, the parameter and the values it may hold
     */
    public static <T extends Term> T parse(String name, String value, Class<T> vocabulary) {
        return find(name, value, vocabulary);
    }

    private static <T extends Term> T find(String name, String value, Class<T> vocabulary, String... otherWords) {
        String slug = value.strip().toLowerCase(Locale.ROOT);
        return constants(vocabulary).stream().filter(t -> t.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + value.strip() + "' is not a valid value of '"
                        + name + "' (expected one of: " + expected(vocabulary, otherWords) + ")"));
    }

    /** The slugs of {@code terms}, in the vocabulary's order: the values of a parameter. */
    public static List<String> slugs(Collection<? extends Term> terms) {
        return terms.stream().sorted(VOCABULARY_ORDER).map(Term::slug).toList();
    }

    /** The slugs of {@code terms} as one parameter value, {@code preferred,emerging}; empty for none. */
    public static String write(Collection<? extends Term> terms) {
        return String.join(",", slugs(terms));
    }

    private static <T extends Term> List<T> constants(Class<T> vocabulary) {
        T[] constants = vocabulary.getEnumConstants();
        if (constants == null) {
            throw new IllegalArgumentException(vocabulary.getName() + " is not a vocabulary enum");
        }
        return List.of(constants);
    }

    private static String expected(Class<? extends Term> vocabulary, String... otherWords) {
        return constants(vocabulary).stream().map(Term::slug).collect(Collectors.joining(", "))
                + Arrays.stream(otherWords).map(w -> ", " + w).collect(Collectors.joining());
    }
}
