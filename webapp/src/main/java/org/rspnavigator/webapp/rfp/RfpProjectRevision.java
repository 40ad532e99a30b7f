package org.rspnavigator.webapp.rfp;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved revision of an RFP project, kept as it was saved. */
@Entity
@Table(name = "rfp_project_revision")
public class RfpProjectRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = RfpProject.MAX_CONTENT)
    private String content;

    @Column(name = "saved_by", nullable = false, length = 100)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected RfpProjectRevision() {
    }

    RfpProjectRevision(RfpProject project) {
        this.projectId = project.getId();
        this.revision = project.getRevision();
        this.content = project.getContent();
        this.savedBy = project.getUpdatedBy();
        this.savedAt = project.getUpdatedAt();
    }

    public int getRevision() {
        return revision;
    }

    String getContent() {
        return content;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
