package org.rspnavigator.webapp.rfp;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RfpBidderResponseRepository extends JpaRepository<RfpBidderResponse, Long> {

    List<RfpBidderResponse> findByProjectIdOrderByBidderAsc(Long projectId);

    Optional<RfpBidderResponse> findByIdAndProjectId(Long id, Long projectId);

    Optional<RfpBidderResponse> findByProjectIdAndBidderIgnoreCase(Long projectId, String bidder);
}
