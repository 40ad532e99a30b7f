package org.rspnavigator.webapp.rfp;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RfpProjectRevisionRepository extends JpaRepository<RfpProjectRevision, Long> {

    List<RfpProjectRevision> findByProjectIdOrderByRevisionDesc(Long projectId);

    Optional<RfpProjectRevision> findByProjectIdAndRevision(Long projectId, int revision);
}
