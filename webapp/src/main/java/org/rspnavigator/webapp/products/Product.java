package org.rspnavigator.webapp.products;

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
 * A product version of a vendor organization, with its IHE Integration Statement stored as the
 * statement JSON ({@code StatementJson}). Only its organization sees it until it is published.
 */
@Entity
@Table(name = "product")
public class Product extends SavedWork {

    /** The most characters a stored statement may have (the column's size). */
    public static final int MAX_STATEMENT = 1_000_000;

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

    protected Product() {
    }

    Product(Organization organization, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.organization = organization;
    }

    void apply(String newName, String newVersion, String newStatement, boolean isPublished, String by, Instant at) {
        this.name = newName;
        this.productVersion = newVersion;
        this.statement = newStatement;
        this.published = isPublished;
        touch(by, at);
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
}
