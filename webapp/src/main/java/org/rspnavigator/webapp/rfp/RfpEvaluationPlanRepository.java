package org.rspnavigator.webapp.rfp;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RfpEvaluationPlanRepository extends JpaRepository<RfpEvaluationPlan, Long> {
}
