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

/**
 * The portfolio view as files: CSV and XLSX for spreadsheets, PDF for reading and printing. The
 * workbook and the PDF are made on the document queue, which bounds the memory documents take.
 */
@Service
class PortfolioExports {

    /** The media type of an XLSX workbook. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
     * The standards the query selects, as an XLSX workbook with the CSV's columns and rows, its levels
     * ranked so that they sort, and an About sheet that says which filter made it and when, and which
     * standards had no level for the filter's region.
     */
    public Download xlsx(StandardQuery query) {
        List<Standard> standards = query.apply(catalog);
        String filter = filter(query);
        return new Download(FileNames.portfolio("xlsx"), XLSX, () -> documents.make(() -> export.xlsx(
                catalog, standards, filter, clock.instant().atZone(ZoneId.systemDefault()), query.region())));
    }

    /**
     * The standards the query selects, as a PDF that says which filter made it and when, and which
     * standards had no level for the filter's region; the ratings as the view shows them, in the
     * query's region where it names one.
     */
    public Download pdf(StandardQuery query) {
        List<Standard> standards = query.apply(catalog);
        String filter = filter(query);
        return new Download(FileNames.portfolio("pdf"), "application/pdf", () -> documents.make(() -> export.pdf(
                catalog, standards, filter, clock.instant().atZone(ZoneId.systemDefault()), query.region())));
    }

    /** The filter in words, and the standards it left out or kept with no level for its region. */
    private String filter(StandardQuery query) {
        String notice = query.comparesRegionalLevels()
                ? NoLevelNotice.summary(query.noLevelForRegion(catalog), query.region().orElseThrow(),
                        query.noLevel() == StandardQuery.NoLevel.INCLUDE)
                : "";
        return query.describe() + (notice.isEmpty() ? "" : ". " + notice);
    }
}
