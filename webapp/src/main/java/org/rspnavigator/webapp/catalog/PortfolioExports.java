package org.rspnavigator.webapp.catalog;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.rspnavigator.documents.portfolio.PortfolioExport;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.StandardQuery;
import org.rspnavigator.webapp.platform.DocumentQueue;
import org.rspnavigator.webapp.platform.Download;
import org.rspnavigator.webapp.platform.FileNames;
import org.springframework.stereotype.Service;

/** The portfolio view as files: CSV for spreadsheets, PDF (made on the document queue) for reading and printing. */
@Service
class PortfolioExports {

    private final Catalog catalog;
    private final PortfolioExport export = new PortfolioExport();
    private final DocumentQueue documents;
    private final Clock clock;

    PortfolioExports(Catalog catalog, DocumentQueue documents, Clock clock) {
        this.catalog = catalog;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * The standards the query selects, as CSV, with the ratings as the view shows them: in the
     * query's region where it names one.
     */
    public Download csv(StandardQuery query) {
        List<Standard> standards = query.apply(catalog);
        return new Download(FileNames.portfolio("csv"), "text/csv;charset=UTF-8",
                () -> export.csv(catalog, standards, query.region()));
    }

    /**
     * The standards the query selects, as a PDF that says which filter made it and when, and which
     * standards had no level for the filter's region; the ratings as the view shows them, in the
     * query's region where it names one.
     */
    public Download pdf(StandardQuery query) {
        List<Standard> standards = query.apply(catalog);
        String notice = query.comparesRegionalLevels()
                ? NoLevelNotice.summary(query.noLevelForRegion(catalog), query.region().orElseThrow(),
                        query.noLevel() == StandardQuery.NoLevel.INCLUDE)
                : "";
        String filter = query.describe() + (notice.isEmpty() ? "" : ". " + notice);
        return new Download(FileNames.portfolio("pdf"), "application/pdf", () -> documents.make(() -> export.pdf(
                catalog, standards, filter, clock.instant().atZone(ZoneId.systemDefault()), query.region())));
    }
}
