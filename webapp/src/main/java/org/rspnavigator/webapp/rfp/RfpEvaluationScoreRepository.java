package org.rspnavigator.webapp.rfp;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RfpEvaluationScoreRepository extends JpaRepository<RfpEvaluationScore, Long> {

    List<RfpEvaluationScore> findByProjectId(Long projectId);

    Optional<RfpEvaluationScore> findByProjectIdAndBidderAndRequirementAndEvaluator(Long projectId, String bidder,
            String requirement, String evaluator);

}
