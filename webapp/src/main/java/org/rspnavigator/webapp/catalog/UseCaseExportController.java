package org.rspnavigator.webapp.catalog;

import java.util.Optional;

import org.rspnavigator.webapp.platform.web.Api;
import org.rspnavigator.webapp.platform.web.Attachments;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A use case's matrix as files for spreadsheets, CSV and XLSX, with the view's {@code ?system=}
 * (a system type's id) to keep the rows and columns that concern one kind of system. Open to
 * anonymous users, like the catalog.
 */
@RestController
@RequestMapping(Api.V1)
class UseCaseExportController {

    private final UseCaseExports exports;

    UseCaseExportController(UseCaseExports exports) {
        this.exports = exports;
    }

    @GetMapping("/use-cases/{id}/matrix.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id, @RequestParam(name = "system", required = false) String system) {
        return Attachments.of(exports.csv(id, Optional.ofNullable(system)));
    }

    @GetMapping("/use-cases/{id}/matrix.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String id, @RequestParam(name = "system", required = false) String system) {
        return Attachments.of(exports.xlsx(id, Optional.ofNullable(system)));
    }
}
