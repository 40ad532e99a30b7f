package org.rspnavigator.webapp.shortlists;

import org.rspnavigator.webapp.platform.SavedWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.rspnavigator.webapp.accounts.Organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A named selection of portfolio standards an organization keeps: the catalog filter it came
 * from, the standards (by catalog id), and notes in Markdown, e.g. "National imaging baseline"
 * or "What our PACS tender must cover".
 */
@Entity
@Table(name = "shortlist")
public class Shortlist extends SavedWork {

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

    protected Shortlist() {
    }

    Shortlist(Organization organization, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.organization = organization;
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

    void apply(ShortlistContent content, String by, Instant at) {
        this.name = content.name();
        this.description = content.description();
        this.filter = content.filter();
        this.standardIds.clear();
        this.standardIds.addAll(content.standardIds());
        touch(by, at);
    }
}
