package org.rspnavigator.webapp.rfp;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bidder's returned response matrix, as its answers in JSON ({@link StoredEvaluationJson}). */
@Entity
@Table(name = "rfp_bidder_response")
public class RfpBidderResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false, length = 200)
    private String bidder;

    /** The project's revision the matrix was read against. */
    @Column(nullable = false)
    private int revision;

    /** The revision the matrix says it was made for; 0 when it does not say. */
    @Column(name = "answered_revision", nullable = false)
    private int answeredRevision;

    @Column(nullable = false, length = 1_000_000)
    private String answers;

    @Column(nullable = false, length = 300)
    private String source;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected RfpBidderResponse() {
    }

    RfpBidderResponse(Long projectId, String bidder, int revision, int answeredRevision, String answers, String source,
            String importedBy, Instant importedAt) {
        this.projectId = projectId;
        this.bidder = bidder;
        this.revision = revision;
        this.answeredRevision = answeredRevision;
        this.answers = answers;
        this.source = source;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getBidder() {
        return bidder;
    }

    public int getRevision() {
        return revision;
    }

    public int getAnsweredRevision() {
        return answeredRevision;
    }

    String getAnswers() {
        return answers;
    }

    public String getSource() {
        return source;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
