package org.rspnavigator.webapp.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;

/**
 * The systems of a use case as the kinds of system a buyer thinks in. The use-case tables print
 * near-duplicate names ("Displays", "Image Displays", "Enterprise Viewers") and names that stand for
 * many kinds at once ("All DICOM systems"); each system type lists the names printed for it
 * ({@link SystemType#useCaseSystems()}), so "what concerns the PACS?" can keep the rows printed for
 * "All DICOM systems" too. A printed name no system type lists stays a choice of its own, so that no
 * row becomes unreachable.
 */
final class UseCaseSystems {

    private UseCaseSystems() {
    }

    /**
     * One choice of "Show what concerns a system".
     *
     * @param id     the value of {@code ?system=}: a system type's id, or the printed name itself
     * @param name   what the choice is called: the system type's name, or the printed name
     * @param labels the names this use case prints for it, in the order of the use case's columns
     * @param type   whether the choice is a system type rather than one printed name
     */
    record Choice(String id, String name, List<String> labels, boolean type) {

        Choice {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            labels = List.copyOf(labels);
        }

        boolean concerns(UseCaseRow row) {
            return labels.stream().anyMatch(row::concerns);
        }

        /** The choice inside a sentence: "the PACS" for a system type, the quoted name otherwise. */
        String inSentence() {
            return type ? the(name) : "“" + name + "”";
        }

        /**
         * Which rows the choice keeps, to follow "rows": "concern the PACS (listed as “PACS” or “All
         * DICOM systems”)", or "list “All DICOM systems”" for a printed name.
         */
        String whichRows() {
            return type ? "concern " + inSentence() + " (listed as " + labelsInSentence() + ")" : "list " + inSentence();
        }

        /** The printed names, quoted: "“PACS” or “All DICOM systems”". */
        String labelsInSentence() {
            List<String> quoted = labels.stream().map(l -> "“" + l + "”").toList();
            return quoted.size() == 1 ? quoted.getFirst()
                    : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.getLast();
        }
    }

    /**
     * The choices for {@code useCase}: every system type with at least one name the use case prints,
     * and every printed name no system type lists, by name.
     */
    static List<Choice> of(Catalog catalog, UseCase useCase) {
        List<Choice> choices = new ArrayList<>();
        for (SystemType t : catalog.systemTypes()) {
            List<String> labels = useCase.systems().stream().filter(l -> printedFor(t, l)).toList();
            if (!labels.isEmpty()) {
                choices.add(new Choice(t.id(), t.name(), labels, true));
            }
        }
        for (String label : useCase.systems()) {
            if (typesPrintedAs(catalog, label).isEmpty()) {
                choices.add(printed(label));
            }
        }
        choices.sort(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER));
        return choices;
    }

    /**
     * What {@code ?system=} asks for in {@code useCase}: a system type's id, or, as older links have
     * it, a printed name (any case), which means its system type. A name printed for several kinds of
     * system ("All DICOM systems") cannot mean one of them: it keeps the rows that print it. Empty if
     * the value is neither, or is a system type no row of the use case concerns.
     */
    static Optional<Choice> resolve(Catalog catalog, UseCase useCase, String asked) {
        List<Choice> choices = of(catalog, useCase);
        Optional<Choice> byId = choices.stream().filter(c -> c.id().equalsIgnoreCase(asked)).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        Optional<String> label = useCase.systems().stream().filter(asked::equalsIgnoreCase).findFirst();
        if (label.isEmpty()) {
            return Optional.empty();
        }
        List<SystemType> types = typesPrintedAs(catalog, label.get());
        if (types.size() == 1) {
            return choices.stream().filter(c -> c.type() && c.id().equals(types.getFirst().id())).findFirst();
        }
        return Optional.of(printed(label.get()));
    }

    /**
     * The {@code ?system=} value a link for the printed name {@code label} carries: its system type's
     * id, or the name itself when no single system type has it.
     */
    static String linkValue(Catalog catalog, String label) {
        List<SystemType> types = typesPrintedAs(catalog, label);
        return types.size() == 1 ? types.getFirst().id() : label;
    }

    /**
     * A system type's name inside a sentence: "the PACS", "the image display / diagnostic viewer" (a
     * name that starts with an acronym keeps its capitals).
     */
    static String the(String typeName) {
        String first = typeName.split("[\\s/]", 2)[0];
        boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT));
        return "the " + (acronym ? typeName : Character.toLowerCase(typeName.charAt(0)) + typeName.substring(1));
    }

    private static Choice printed(String label) {
        return new Choice(label, label, List.of(label), false);
    }

    private static List<SystemType> typesPrintedAs(Catalog catalog, String label) {
        return catalog.systemTypes().stream().filter(t -> printedFor(t, label)).toList();
    }

    private static boolean printedFor(SystemType type, String label) {
        return type.useCaseSystems().stream().anyMatch(label::equalsIgnoreCase);
    }
}
