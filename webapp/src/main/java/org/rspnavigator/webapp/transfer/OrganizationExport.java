package org.rspnavigator.webapp.transfer;

import java.time.Instant;
import java.util.List;

/**
 * An organization's data as exported. Members are listed without credentials; an import creates
 * missing members as disabled accounts that an administrator enables with a new password.
 */
public record OrganizationExport(String format, int formatVersion, String catalogEdition, OrganizationData organization,
        List<Member> members, List<ShortlistData> shortlists) {

    public static final String FORMAT = "rsp-navigator-organization";
    public static final int VERSION = 1;

    public record OrganizationData(String name) {
    }

    public record Member(String username, String displayName, String role) {
    }

    public record ShortlistData(String name, String description, String filter, List<String> standards,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
    }
}
