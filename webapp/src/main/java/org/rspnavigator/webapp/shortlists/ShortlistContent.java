package org.rspnavigator.webapp.shortlists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.StandardQuery;
import org.rspnavigator.procurement.FieldLimits;

/**
 * What a user edits in a shortlist, checked before it is saved: a name, Markdown notes (kept as
 * typed and sanitized wherever they are shown), a valid catalog filter, and standards the catalog
 * holds.
 */
public record ShortlistContent(String name, String description, String filter, List<String> standardIds) {

    public static final int MAX_NAME = FieldLimits.NAME;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_STANDARDS = 200;

    public ShortlistContent {
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description;
        filter = filter == null ? "" : filter.strip();
        // A null id is kept as "", which no standard has, so that validation names it.
        standardIds = standardIds == null ? List.of() : standardIds.stream().map(id -> id == null ? "" : id)
                .distinct().toList();
    }

    /** @throws IllegalArgumentException listing everything that is wrong, for the person to correct */
    public ShortlistContent validated(Catalog catalog) {
        List<String> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add("The shortlist needs a name.");
        } else if (name.length() > MAX_NAME) {
            problems.add("The name has more than " + MAX_NAME + " characters.");
        }
        if (description.length() > MAX_DESCRIPTION) {
            problems.add("The notes have more than " + MAX_DESCRIPTION + " characters.");
        }
        if (filter.length() > 1000) {
            problems.add("The filter is too long.");
        } else {
            try {
                StandardQuery.fromParameters(parse(filter));
            } catch (IllegalArgumentException e) {
                problems.add("The filter is not valid: " + e.getMessage());
            }
        }
        if (standardIds.size() > MAX_STANDARDS) {
            problems.add("A shortlist holds at most " + MAX_STANDARDS + " standards.");
        }
        for (String id : standardIds) {
            if (catalog.standard(id).isEmpty()) {
                problems.add("The catalog has no standard with the id '" + id + "'.");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        return this;
    }

    /** The standards the filter selects, for a shortlist made from a catalog view. */
    public static List<String> selectedBy(Catalog catalog, String filter) {
        return StandardQuery.fromParameters(parse(filter)).apply(catalog).stream().map(s -> s.id()).toList();
    }

    static Map<String, List<String>> parse(String queryString) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        if (queryString.isBlank()) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            parameters.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return parameters;
    }
}
