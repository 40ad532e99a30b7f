package org.rspnavigator.webapp.audit;

import java.time.Instant;
import java.util.List;

import org.rspnavigator.webapp.platform.web.Api;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over the API (ADMIN role, enforced by the security configuration): filtered,
 * sorted and paged in the database as the view does, newest first unless asked otherwise. The
 * body stays the plain list it always was; {@code X-Total-Count} says how many entries match, so
 * that a client knows how many pages there are.
 */
@RestController
@Tag(name = "Administration")
@RequestMapping(Api.V1 + "/admin")
class AuditController {

    static final String TOTAL_COUNT = "X-Total-Count";
    /** The last page asked for: pages past it would start beyond what the database pages to. */
    static final int MAX_PAGE = 1_000_000;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    record AuditEntry(Instant at, String username, Long organizationId, String action, String subjectType,
            String subjectId, String detail) {
    }

    @GetMapping("/audit")
    ResponseEntity<List<AuditEntry>> audit(@RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String sort) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("The limit must be between 1 and 1000, not " + limit + ".");
        }
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("The page is counted from 1, up to " + MAX_PAGE + ", not " + page + ".");
        }
        Page<AuditEvent> found = audit.find(new AuditQuery(q, AuditQuery.parseOrder(sort)), page - 1, limit);
        List<AuditEntry> entries = found.getContent().stream().map(e -> new AuditEntry(e.getAt(), e.getUsername(),
                e.getOrganizationId(), e.getAction().slug(), e.getSubjectType(), e.getSubjectId(), e.getDetail()))
                .toList();
        return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(found.getTotalElements())).body(entries);
    }
}
