package org.rspnavigator.webapp.rfp;

import java.time.Instant;

import org.rspnavigator.webapp.accounts.Organization;
import org.rspnavigator.webapp.platform.SavedWork;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An RFP project of an organization: its current draft (as {@link RfpJson} text) and the number
 * of its latest revision, which the documents print as their version.
 */
@Entity
@Table(name = "rfp_project")
public class RfpProject extends SavedWork {

    /**
     * The most characters the stored draft may have (the column's size; the largest character
     * column H2 and PostgreSQL both hold as a plain varchar). A tender with every use case and system
     * type (320 requirements) takes about 200,000; the limit is reached only by pasting whole documents
     * into clauses.
     */
    public static final int MAX_CONTENT = 1_000_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = MAX_CONTENT)
    private String content;

    protected RfpProject() {
    }

    RfpProject(Organization organization, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.organization = organization;
    }

    void apply(String newName, String newContent, String by, Instant at) {
        this.name = newName;
        this.content = newContent;
        this.revision++;
        touch(by, at);
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getName() {
        return name;
    }

    public int getRevision() {
        return revision;
    }

    String getContent() {
        return content;
    }
}
