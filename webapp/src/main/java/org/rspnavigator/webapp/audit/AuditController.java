package org.rspnavigator.webapp.audit;

import java.time.Instant;
import java.util.List;

import org.rspnavigator.webapp.platform.web.Api;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The latest entries of the audit trail over the API (ADMIN role, enforced by the security configuration). */
@RestController
@RequestMapping(Api.V1 + "/admin")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    record AuditEntry(Instant at, String username, Long organizationId, String action, String subjectType,
            String subjectId, String detail) {
    }

    @GetMapping("/audit")
    List<AuditEntry> audit(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("The limit must be between 1 and 1000, not " + limit + ".");
        }
        return audit.latest(limit).stream().map(e -> new AuditEntry(e.getAt(), e.getUsername(), e.getOrganizationId(),
                e.getAction().slug(), e.getSubjectType(), e.getSubjectId(), e.getDetail())).toList();
    }
}
