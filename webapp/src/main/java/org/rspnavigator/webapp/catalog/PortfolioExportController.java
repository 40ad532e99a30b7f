package org.rspnavigator.webapp.catalog;

import org.rspnavigator.model.StandardQuery;
import org.rspnavigator.webapp.platform.web.Api;
import org.rspnavigator.webapp.platform.web.Attachments;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portfolio view as files to take away: CSV and XLSX for spreadsheets, PDF for reading and printing.
 * Takes the same filter parameters as the catalog ({@code ?group=emerging}).
 */
@RestController
@Tag(name = "Catalog")
@RequestMapping(Api.V1)
class PortfolioExportController {

    private final PortfolioExports exports;

    PortfolioExportController(PortfolioExports exports) {
        this.exports = exports;
    }

    @GetMapping("/portfolio.csv")
    ResponseEntity<byte[]> csv(@RequestParam MultiValueMap<String, String> parameters) {
        return Attachments.of(exports.csv(StandardQuery.fromParameters(parameters)));
    }

    @GetMapping("/portfolio.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam MultiValueMap<String, String> parameters) {
        return Attachments.of(exports.xlsx(StandardQuery.fromParameters(parameters)));
    }

    @GetMapping("/portfolio.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam MultiValueMap<String, String> parameters) {
        return Attachments.of(exports.pdf(StandardQuery.fromParameters(parameters)));
    }
}
