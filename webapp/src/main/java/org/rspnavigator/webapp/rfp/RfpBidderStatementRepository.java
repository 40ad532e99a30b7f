package org.rspnavigator.webapp.rfp;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RfpBidderStatementRepository extends JpaRepository<RfpBidderStatement, Long> {

    List<RfpBidderStatement> findByProjectIdOrderByBidderAscIdAsc(Long projectId);

    Optional<RfpBidderStatement> findByIdAndProjectId(Long id, Long projectId);
}
