package org.rspnavigator.webapp.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The audit trail's entries; {@link AuditLog#find} filters and sorts them in the database, a page at a time. */
public interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    List<AuditEvent> findAllByOrderByAtDescIdDesc(Pageable page);

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId);

    List<AuditEvent> findByUsernameOrderByIdAsc(String username);
}
