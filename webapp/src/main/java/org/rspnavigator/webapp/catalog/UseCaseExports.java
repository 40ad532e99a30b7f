package org.rspnavigator.webapp.catalog;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.documents.usecase.UseCaseExport;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;
import org.rspnavigator.webapp.platform.DocumentQueue;
import org.rspnavigator.webapp.platform.Download;
import org.rspnavigator.webapp.platform.FileNames;
import org.rspnavigator.webapp.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * A use case's matrix as files for spreadsheets, CSV and XLSX (the workbook made on the document
 * queue), narrowed as the use-case view narrows it to a kind of system: the rows that concern it and
 * the columns of the names the use case prints for it ({@link UseCaseSystems}).
 */
@Service
class UseCaseExports {

    private final Catalog catalog;
    private final UseCaseExport export = new UseCaseExport();
    private final DocumentQueue documents;
    private final Clock clock;

    UseCaseExports(Catalog catalog, DocumentQueue documents, Clock clock) {
        this.catalog = catalog;
        this.documents = documents;
        this.clock = clock;
    }

    /** What a file of the use case holds: its rows and system columns, and which in words. */
    private record Selection(UseCase useCase, Optional<UseCaseSystems.Choice> system, List<UseCaseRow> rows,
            List<String> systems, String description) {

        String fileName(String extension) {
            return FileNames.useCase(useCase.id(), system.map(UseCaseSystems.Choice::id).orElse(null), extension);
        }
    }

    /**
     * The matrix of use case {@code id} as CSV, narrowed to {@code system} (a system type's id or a
     * printed name, as {@code ?system=} of the view) unless it is empty.
     *
     * @throws NotFoundException        if the catalog has no such use case
     * @throws IllegalArgumentException if no row of the use case concerns or names {@code system}
     */
    public Download csv(String id, Optional<String> system) {
        Selection s = select(id, system);
        return new Download(s.fileName("csv"), "text/csv;charset=UTF-8",
                () -> export.csv(catalog, s.useCase(), s.rows(), s.systems()));
    }

    /** As {@link #csv}, as an XLSX workbook with an About sheet that says what was chosen and when. */
    public Download xlsx(String id, Optional<String> system) {
        Selection s = select(id, system);
        return new Download(s.fileName("xlsx"), PortfolioExports.XLSX, () -> documents.make(() -> export.xlsx(catalog,
                s.useCase(), s.rows(), s.systems(), s.description(), clock.instant().atZone(ZoneId.systemDefault()))));
    }

    private Selection select(String id, Optional<String> asked) {
        UseCase useCase = catalog.useCase(id)
                .orElseThrow(() -> new NotFoundException("No use case with id '" + id + "' in the catalog."));
        Optional<String> wanted = asked.filter(s -> !s.isBlank());
        Optional<UseCaseSystems.Choice> system = wanted.flatMap(s -> UseCaseSystems.resolve(catalog, useCase, s));
        if (wanted.isPresent() && system.isEmpty()) {
            throw new IllegalArgumentException(catalog.systemType(wanted.get())
                    .map(t -> "No row of use case '" + id + "' concerns " + UseCaseSystems.the(t.name()) + ".")
                    .orElse("No row of use case '" + id + "' names the system '" + wanted.get() + "'."));
        }
        List<UseCaseRow> rows = useCase.rows().stream().filter(r -> system.map(s -> s.concerns(r)).orElse(true)).toList();
        List<String> systems = system.map(UseCaseSystems.Choice::labels).orElse(useCase.systems());
        String description = system.map(s -> "Rows that " + s.whichRows()).orElse("All rows and systems");
        return new Selection(useCase, system, rows, systems, description);
    }
}
