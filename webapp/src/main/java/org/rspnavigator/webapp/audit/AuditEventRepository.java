package org.rspnavigator.webapp.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findAllByOrderByAtDescIdDesc(Pageable page);

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId);

    List<AuditEvent> findByUsernameOrderByIdAsc(String username);
}
