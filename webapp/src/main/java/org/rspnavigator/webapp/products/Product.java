package org.rspnavigator.webapp.products;

import java.time.Instant;

import org.rspnavigator.webapp.accounts.Organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A product version of a vendor organization, with its IHE Integration Statement stored as the
 * statement JSON ({@code StatementJson}). Only its organization sees it until it is published.
 */
@Entity
@Table(name = "product")
public class Product {

    /** The most characters a stored statement may have (the column's size). */
    public static final int MAX_STATEMENT = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Loaded with the product: lists and statements show the vendor organization's name. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "product_version", nullable = false, length = 100)
    private String productVersion;

    @Column(nullable = false)
    private boolean published;

    @Column(nullable = false, length = MAX_STATEMENT)
    private String statement;

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

    protected Product() {
    }

    Product(Organization organization, String createdBy, Instant createdAt) {
        this.organization = organization;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void apply(String newName, String newVersion, String newStatement, boolean isPublished, String by, Instant at) {
        this.name = newName;
        this.productVersion = newVersion;
        this.statement = newStatement;
        this.published = isPublished;
        this.updatedBy = by;
        this.updatedAt = at;
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

    public String getProductVersion() {
        return productVersion;
    }

    public boolean isPublished() {
        return published;
    }

    String getStatement() {
        return statement;
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
}
