package org.rspnavigator.webapp.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rspnavigator.model.Term;

/**
 * Vocabulary values as the API reads them. The API writes every value as its slug ({@code shall},
 * {@code partly-met}, {@code planner}); it reads the slug in any letter case and, deprecated, the
 * upper-case constant name that earlier versions wrote ({@code SHALL}, {@code PARTLY_MET},
 * {@code PLANNER}). The old names are accepted throughout 0.1.x and refused from 0.2.0 on
 * (docs/api.md); drafts saved in the database and organization exports written by earlier versions
 * hold them and are read here too, so they must be rewritten before then.
 */
public final class ApiTerms {

    private ApiTerms() {
    }

    /** The value of {@code type} that {@code text} names by its slug or by its old constant name. */
    public static <E extends Enum<E> & Term> Optional<E> read(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String given = text.strip();
        Optional<E> bySlug = Term.fromSlug(type, given.toLowerCase(Locale.ROOT));
        if (bySlug.isPresent()) {
            return bySlug;
        }
        String name = given.toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }

    /** The slugs of {@code type} as a message offers them: "shall, should or may". */
    public static <E extends Enum<E> & Term> String choices(Class<E> type) {
        List<String> slugs = Arrays.stream(type.getEnumConstants()).map(Term::slug).toList();
        if (slugs.size() == 1) {
            return slugs.getFirst();
        }
        return String.join(", ", slugs.subList(0, slugs.size() - 1)) + " or " + slugs.getLast();
    }
}
