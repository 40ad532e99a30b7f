package org.rspnavigator.webapp.rfp;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An IHE Integration Statement a bidder submitted for an RFP project, as statement JSON. */
@Entity
@Table(name = "rfp_bidder_statement")
public class RfpBidderStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false, length = 200)
    private String bidder;

    @Column(nullable = false, length = 1_000_000)
    private String statement;

    @Column(nullable = false, length = 300)
    private String source;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    /** The catalog ids of the system types the statement is offered for, comma-separated; empty for every system. */
    @Column(nullable = false, length = 2000)
    private String systems = "";

    protected RfpBidderStatement() {
    }

    RfpBidderStatement(Long projectId, String bidder, String statement, String source, String importedBy,
            Instant importedAt, List<String> systems) {
        this.systems = String.join(",", systems);
        this.projectId = projectId;
        this.bidder = bidder;
        this.statement = statement;
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

    String getStatement() {
        return statement;
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

    /** The system types (catalog ids) the statement is offered for; empty for every system of the tender. */
    public List<String> getSystems() {
        return systems == null || systems.isBlank() ? List.of() : List.of(systems.split(","));
    }
}
