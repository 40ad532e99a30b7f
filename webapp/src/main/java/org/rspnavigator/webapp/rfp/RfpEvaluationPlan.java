package org.rspnavigator.webapp.rfp;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A project's evaluation plan (weights and knock-outs) as JSON; a project without one uses the defaults. */
@Entity
@Table(name = "rfp_evaluation_plan")
public class RfpEvaluationPlan {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Column(nullable = false, length = 1_000_000)
    private String plan;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RfpEvaluationPlan() {
    }

    RfpEvaluationPlan(Long projectId) {
        this.projectId = projectId;
    }

    void apply(String newPlan, String by, Instant at) {
        this.plan = newPlan;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getProjectId() {
        return projectId;
    }

    String getPlan() {
        return plan;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
