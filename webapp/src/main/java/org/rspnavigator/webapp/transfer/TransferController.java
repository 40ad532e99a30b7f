package org.rspnavigator.webapp.transfer;

import org.rspnavigator.webapp.platform.web.Attachments;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.FileNames;
import org.rspnavigator.webapp.platform.web.Api;
import org.rspnavigator.webapp.transfer.OrganizationTransfer.ImportSummary;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organization's data as one JSON document: members export their own organization,
 * administrators any, and administrators import such a document into an organization.
 */
@RestController
@Tag(name = "Organization data")
@RequestMapping(Api.V1)
class TransferController {

    private final OrganizationTransfer transfer;

    TransferController(OrganizationTransfer transfer) {
        this.transfer = transfer;
    }

    @GetMapping("/organization/export")
    ResponseEntity<OrganizationExport> exportOwn() {
        AccountPrincipal u = CurrentUser.require();
        return attachment(transfer.export(u, u.organizationId()));
    }

    @GetMapping("/admin/organizations/{id}/export")
    ResponseEntity<OrganizationExport> export(@PathVariable long id) {
        return attachment(transfer.export(CurrentUser.require(), id));
    }

    @PostMapping("/admin/organizations/{id}/import")
    ImportSummary importInto(@PathVariable long id, @RequestBody OrganizationExport data) {
        return transfer.importInto(CurrentUser.require(), id, data);
    }

    private static ResponseEntity<OrganizationExport> attachment(OrganizationExport data) {
        return Attachments.of(data, MediaType.APPLICATION_JSON, FileNames.organizationExport(data.organization().name()));
    }
}
