package org.rspnavigator.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.UseCaseRow;

/**
 * The portfolio's standards: the brief name and acronyms are keys (the brief name also without
 * its "IHE", "DICOM" or "HL7" prefix, and the ISO 21860 clause), the specification reference
 * and SDOs are references, the formal name and aliases are names, the scope is the body, the
 * implementation and tooling notes and the SDOs' full names are further text, and the purposes
 * of the use-case rows naming the standard are mentions.
 */
public final class StandardDocuments implements SearchDocumentSource {

    private static final List<String> SDO_PREFIXES = List.of("IHE ", "DICOM ", "HL7 ");

    /** "Scheduled Workflow.b": an IHE revision, also known by its base name. */
    private static final Pattern REVISION = Pattern.compile("\\.b\\b");

    @Override
    public List<SearchDocument> documents(Catalog catalog) {
        return catalog.standards().stream().map(s -> document(s, catalog.useCaseRowsFor(s))).toList();
    }

    /**
     * @param rows the use-case rows naming the standard: what they say it is for is part of
     *             the standard's further text (the rows are also documents of their own)
     */
    static SearchDocument document(Standard s, List<UseCaseRow> rows) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(s.briefName());
        for (String prefix : SDO_PREFIXES) {
            if (s.briefName().startsWith(prefix)) {
                keys.add(s.briefName().substring(prefix.length()));
            }
        }
        keys.addAll(s.acronyms());
        keys.add(s.clause());

        List<String> references = new ArrayList<>();
        s.specification().ifPresent(references::add);
        s.sdos().stream().map(Sdo::label).forEach(references::add);

        List<String> names = new ArrayList<>();
        names.add(s.formalName());
        names.addAll(s.aliases());
        // A revision answers to the name of what it revises ("Scheduled Workflow" finds SWF.b
        // as well as SWF; the assessment group then puts the preferred one first).
        for (String name : List.copyOf(names)) {
            String base = REVISION.matcher(name).replaceAll("").strip();
            if (!base.equals(name) && !names.contains(base)) {
                names.add(base);
            }
        }

        List<String> moreText = new ArrayList<>();
        moreText.add(PlainText.of(s.implementationNotes()));
        moreText.add(PlainText.of(s.toolingNote()));
        s.sdos().stream().map(Sdo::fullName).forEach(moreText::add);

        return new SearchDocument(new HitTarget.StandardTarget(s.id()), s.briefName(), s.formalName(), List.copyOf(keys),
                references, names, List.of(), PlainText.of(s.scope()), moreText,
                rows.stream().map(UseCaseRow::purpose).map(PlainText::of).distinct().toList(), Optional.of(s.category()),
                Optional.of(s.group()), Optional.of(s.maturity()), prior(s.group()), completions(s));
    }

    /** Between equally good matches, a preferred standard comes before an emerging, then a legacy one. */
    static float prior(AssessmentGroup group) {
        return switch (group) {
            case PREFERRED -> 1.0f;
            case EMERGING -> 0.97f;
            case LEGACY -> 0.94f;
        };
    }

    private static List<SearchDocument.Completion> completions(Standard s) {
        long groupBonus = switch (s.group()) {
            case PREFERRED -> 20;
            case EMERGING -> 10;
            case LEGACY -> 0;
        };
        List<SearchDocument.Completion> completions = new ArrayList<>();
        completions.add(new SearchDocument.Completion(s.briefName(), s.briefName(), 1000 + groupBonus));
        for (String acronym : s.acronyms()) {
            completions.add(new SearchDocument.Completion(acronym, s.briefName(), 800 + groupBonus));
        }
        completions.add(new SearchDocument.Completion(s.formalName(), s.formalName(), 600 + groupBonus));
        for (String alias : s.aliases()) {
            completions.add(new SearchDocument.Completion(alias, alias, 400 + groupBonus));
        }
        return completions;
    }
}
