package org.rspnavigator.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value of one of RSP Navigator's closed vocabularies: the catalog's (assessment groups,
 * categories, ratings, ...) and those built on it (requirement levels, fits, roles, ...). Its
 * {@link #slug()} is how catalog files, URLs and the JSON API write it; its {@link #label()} is
 * how people read it.
 */
public interface Term {

    /**
     * How files, URLs and the API write the term; by default the constant's name in lower case
     * with hyphens ({@code SITE_DEPLOYMENT} as {@code site-deployment}).
     */
    default String slug() {
        if (this instanceof Enum<?> constant) {
            return slugOf(constant);
        }
        throw new UnsupportedOperationException(getClass().getName() + " must say how its terms are written");
    }

    String label();

    /** The term of {@code type} whose slug is {@code slug}, if there is one. */
    static <E extends Enum<E> & Term> Optional<E> fromSlug(Class<E> type, String slug) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.slug().equals(slug)).findFirst();
    }

    /** All slugs of {@code type}, comma-separated, for error messages. */
    static <E extends Enum<E> & Term> String slugs(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Term::slug).collect(Collectors.joining(", "));
    }

    /** The slug a constant gets by default: {@code SITE_DEPLOYMENT} becomes {@code site-deployment}. */
    static String slugOf(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
