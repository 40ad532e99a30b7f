package org.rspnavigator.webapp.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.rspnavigator.webapp.accounts.Organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A named selection of portfolio standards an organization keeps: the catalog filter it came
 * from, the standards (by catalog id), and notes in Markdown, e.g. "National imaging baseline"
 * or "What our PACS tender must cover".
 */
@Entity
@Table(name = "shortlist")
public class Shortlist {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 20000)
    private String description;

    /** The catalog filter as a query string (see StandardQuery), empty for a hand-picked list. */
    @Column(nullable = false, length = 1000)
    private String filter;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shortlist_standard", joinColumns = @JoinColumn(name = "shortlist_id"))
    @OrderColumn(name = "position")
    @Column(name = "standard_id", nullable = false, length = 100)
    private List<String> standardIds = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Shortlist() {
    }

    Shortlist(Organization organization, String createdBy, Instant createdAt) {
        this.organization = organization;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getFilter() {
        return filter;
    }

    public List<String> getStandardIds() {
        return List.copyOf(standardIds);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
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

    void apply(ShortlistContent content, String by, Instant at) {
        this.name = content.name();
        this.description = content.description();
        this.filter = content.filter();
        this.standardIds.clear();
        this.standardIds.addAll(content.standardIds());
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Keeps the recorded creation, for an import that restores an exported shortlist exactly. */
    void restoreCreation(String by, Instant at) {
        this.createdBy = by;
        this.createdAt = at;
    }
}
