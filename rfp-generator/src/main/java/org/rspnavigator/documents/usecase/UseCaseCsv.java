package org.rspnavigator.documents.usecase;

import java.util.List;

import org.rspnavigator.documents.csv.CsvWriter;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;

/** The CSV form of a use case's matrix: its columns ({@link UseCaseColumn}) and RFC 4180 writing. */
final class UseCaseCsv {

    private UseCaseCsv() {
    }

    static byte[] write(UseCase useCase, List<UseCaseRow> rows, List<String> systems) {
        List<UseCaseColumn> columns = UseCaseColumn.all(useCase, systems);
        CsvWriter out = new CsvWriter().row(columns.stream().map(UseCaseColumn::header).toList());
        for (UseCaseRow row : rows) {
            out.row(columns.stream().map(c -> c.text().apply(row)).toList());
        }
        return out.bytes();
    }
}
