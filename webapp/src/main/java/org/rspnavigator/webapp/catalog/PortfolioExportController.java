package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.platform.web.Attachments;
import org.rspnavigator.webapp.platform.web.Api;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.rspnavigator.documents.portfolio.PortfolioExport;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.StandardQuery;
import org.rspnavigator.webapp.platform.DocumentPermits;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portfolio view as files to take away: CSV for spreadsheets, PDF for reading and printing.
 * Takes the same filter parameters as the catalog ({@code ?group=emerging}).
 */
@RestController
@RequestMapping(Api.V1)
class PortfolioExportController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final Catalog catalog;
    private final PortfolioExport export = new PortfolioExport();
    private final DocumentPermits permits;

    PortfolioExportController(Catalog catalog, DocumentPermits permits) {
        this.catalog = catalog;
        this.permits = permits;
    }

    @GetMapping("/portfolio.csv")
    ResponseEntity<byte[]> csv(@RequestParam MultiValueMap<String, String> parameters) {
        List<Standard> standards = StandardQuery.fromParameters(parameters).apply(catalog);
        return Attachments.of(export.csv(catalog, standards), CSV, "rsp-portfolio.csv");
    }

    @GetMapping("/portfolio.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam MultiValueMap<String, String> parameters) {
        StandardQuery query = StandardQuery.fromParameters(parameters);
        byte[] pdf = permits.make(() -> export.pdf(catalog, query.apply(catalog), query.describe(),
                ZonedDateTime.now(ZoneId.systemDefault())));
        return Attachments.of(pdf, MediaType.APPLICATION_PDF, "rsp-portfolio.pdf");
    }
}
