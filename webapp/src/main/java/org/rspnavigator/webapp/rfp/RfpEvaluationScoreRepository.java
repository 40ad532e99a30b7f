package org.rspnavigator.webapp.rfp;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RfpEvaluationScoreRepository extends JpaRepository<RfpEvaluationScore, Long> {

    List<RfpEvaluationScore> findByProjectId(Long projectId);

    /** One evaluator's scores of one requirement, a score per bidder. */
    List<RfpEvaluationScore> findByProjectIdAndRequirementAndEvaluator(Long projectId, String requirement,
            String evaluator);

    Optional<RfpEvaluationScore> findByProjectIdAndBidderAndRequirementAndEvaluator(Long projectId, String bidder,
            String requirement, String evaluator);

}
