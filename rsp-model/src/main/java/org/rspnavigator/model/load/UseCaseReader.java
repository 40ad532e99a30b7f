package org.rspnavigator.model.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.model.CorrectedColumn;
import org.rspnavigator.model.Correction;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCase.UseCaseFootnote;
import org.rspnavigator.model.UseCaseRow;

/** Reads {@code use-cases/<id>.md} and links its rows to the standards they name. */
final class UseCaseReader {

    private final Problems problems;
    private final Map<String, Standard> standards;
    private final Set<String> unreadable;

    /** @param unreadable ids of standards whose files were reported as broken; not reported again */
    UseCaseReader(Problems problems, Map<String, Standard> standards, Set<String> unreadable) {
        this.problems = problems;
        this.standards = standards;
        this.unreadable = unreadable;
    }

    record Read(UseCase useCase, int idLine) {
    }

    Optional<Read> read(String path, String text) {
        return CatalogFile.open(path, text, problems).flatMap(file -> read(path, file));
    }

    private Optional<Read> read(String path, CatalogFile file) {
        YamlFields f = file.fields();
        String id = f.requiredId();
        String name = f.requiredText("name");
        String clause = f.requiredText("clause");
        Optional<Integer> table = f.has("table") ? Optional.ofNullable(f.requiredInt("table")) : Optional.empty();
        boolean derived = f.bool("derived").orElse(false);
        List<String> derivedFrom = f.texts("derived-from");
        if (derived && derivedFrom.isEmpty()) {
            problems.add(path, f.lineOf("derived"), "a derived use case must say what it is derived from ('derived-from')");
        }
        if (derived && table.isPresent()) {
            problems.add(path, f.lineOf("table"), "a derived use case has no ISO 21860 table");
        }
        if (!derived && table.isEmpty() && !f.has("table")) {
            problems.add(path, f.line(), "missing required key 'table' (or mark the use case 'derived: true')");
        }
        if (!derived && !derivedFrom.isEmpty()) {
            problems.add(path, f.lineOf("derived-from"), "'derived-from' is only for a derived use case");
        }
        List<UseCaseFootnote> footnotes = new ArrayList<>();
        Set<String> marks = new HashSet<>();
        for (YamlFields fn : f.mappings("footnotes")) {
            String mark = fn.requiredText("mark");
            String note = fn.requiredText("text");
            fn.finish();
            if (mark != null && !marks.add(mark)) {
                problems.add(path, fn.lineOf("mark"), "duplicate footnote mark '" + mark + "'");
            }
            if (mark != null && note != null) {
                footnotes.add(new UseCaseFootnote(mark, note));
            }
        }
        List<UseCaseRow> rows = new ArrayList<>();
        List<YamlFields> declaredRows = f.mappings("rows");
        for (YamlFields r : declaredRows) {
            row(id, rows.size() + 1, r, derived, marks).ifPresent(rows::add);
        }
        if (declaredRows.isEmpty()) {
            problems.add(path, f.lineOf("rows"), "a use case needs at least one row");
        }
        f.finish();
        if (file.hasProblems()) {
            return Optional.empty();
        }
        return Optional.of(new Read(new UseCase(id, name, clause, table, derived, derivedFrom, footnotes, rows,
                file.markdown().body().strip(), path), f.lineOf("id")));
    }

    private Optional<UseCaseRow> row(String useCaseId, int number, YamlFields r, boolean derived, Set<String> marks) {
        String label = r.requiredText("label");
        List<Standard> named = new ArrayList<>();
        List<YamlFields.Located<String>> ids = r.locatedTexts("standards");
        if (ids.isEmpty() && !r.has("standards")) {
            problems.add(r.file(), r.line(), "missing required key 'standards'");
        }
        for (YamlFields.Located<String> standardId : ids) {
            Standard s = standards.get(standardId.value());
            if (s == null) {
                if (!unreadable.contains(standardId.value())) {
                    problems.add(r.file(), standardId.line(), "unknown standard '" + standardId.value() + "'");
                }
            } else {
                named.add(s);
            }
        }
        List<String> systems = r.texts("systems");
        if (systems.isEmpty() && !r.has("systems")) {
            problems.add(r.file(), r.line(), "missing required key 'systems'");
        }
        String purpose = r.requiredText("purpose");
        List<YamlFields.Located<String>> rowMarks = r.locatedTexts("footnotes");
        for (YamlFields.Located<String> mark : rowMarks) {
            if (!marks.contains(mark.value())) {
                problems.add(r.file(), mark.line(), "footnote '" + mark.value() + "' is not defined in this use case");
            }
        }
        Optional<Correction> correction = correction(r, derived);
        Optional<String> basis = r.text("basis");
        if (derived && basis.isEmpty() && !r.has("basis")) {
            problems.add(r.file(), r.line(), "a row of a derived use case must name its 'basis' (the clause it rests on)");
        }
        if (!derived && basis.isPresent()) {
            problems.add(r.file(), r.lineOf("basis"), "'basis' is only for rows of a derived use case");
        }
        r.finish();
        if (label == null || purpose == null || named.size() != ids.size() || named.isEmpty() || systems.isEmpty()) {
            return Optional.empty();
        }
        if (correction.isPresent()) {
            Correction c = correction.get();
            String held = c.column() == CorrectedColumn.BRIEF_NAME ? label : String.join(", ", systems);
            if (c.printed().equals(held)) {
                problems.add(r.file(), r.lineOf("correction"), "the correction's 'printed' text is what the row holds;"
                        + " a correction records a difference from the table (remove it, or correct the row)");
                return Optional.empty();
            }
        }
        return Optional.of(new UseCaseRow(useCaseId, number, label, named, systems, purpose,
                rowMarks.stream().map(YamlFields.Located::value).toList(), basis, correction));
    }

    /** {@code correction: {column: systems, printed: "…", reason: "…"}}: only for rows of an ISO 21860 table. */
    private Optional<Correction> correction(YamlFields r, boolean derived) {
        Optional<Correction> correction = Corrections.read(r, problems);
        if (correction.isPresent() && derived) {
            problems.add(r.file(), r.lineOf("correction"), "a row of a derived use case has no printed table to correct");
            return Optional.empty();
        }
        return correction;
    }
}
