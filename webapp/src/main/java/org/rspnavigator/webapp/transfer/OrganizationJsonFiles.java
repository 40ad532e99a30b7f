package org.rspnavigator.webapp.transfer;

import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.OrganizationFiles;
import org.springframework.stereotype.Component;

/** Organization exports as JSON files, for the views: {@link OrganizationTransfer} over {@link OrganizationJson}. */
@Component
class OrganizationJsonFiles implements OrganizationFiles {

    private final OrganizationTransfer transfer;
    private final OrganizationJson json;

    OrganizationJsonFiles(OrganizationTransfer transfer, OrganizationJson json) {
        this.transfer = transfer;
        this.json = json;
    }

    @Override
    public byte[] export(AccountPrincipal actor, long organizationId) {
        return json.write(transfer.export(actor, organizationId));
    }

    @Override
    public String importInto(AccountPrincipal actor, long organizationId, byte[] file) {
        var summary = transfer.importInto(actor, organizationId, json.read(file));
        return "Imported " + summary.shortlists() + " shortlists, " + summary.rfpProjects() + " RFP projects and "
                + summary.products() + " products, and created " + summary.membersCreated()
                + " members (disabled until an administrator enables them).";
    }
}
