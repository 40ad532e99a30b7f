package org.rspnavigator.webapp.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit trail. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    public AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records a change within the caller's transaction: if the change rolls back, so does its entry. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String username, Long organizationId, AuditAction action, String subjectType, String subjectId,
            String detail) {
        events.save(new AuditEvent(clock.instant(), username, organizationId, action, subjectType, subjectId, detail));
    }

    /** Records something that happened outside any change (a failed login), in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String username, Long organizationId, AuditAction action, String subjectType,
            String subjectId, String detail) {
        events.save(new AuditEvent(clock.instant(), username, organizationId, action, subjectType, subjectId, detail));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> latest(int count) {
        return events.findAllByOrderByAtDescIdDesc(PageRequest.of(0, count));
    }

    /**
     * One page of the entries {@code query} selects, in its order, with the number of them all
     * ({@link Page#getTotalElements()}); pages are counted from 0.
     */
    @Transactional(readOnly = true)
    public Page<AuditEvent> find(AuditQuery query, int page, int size) {
        return events.findAll(query.matching(), PageRequest.of(page, size, query.sort()));
    }

    /** How many entries {@code query} selects. */
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        return query.filter().isEmpty() ? events.count() : events.count(query.matching());
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> about(String subjectType, String subjectId) {
        return events.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId);
    }
}
