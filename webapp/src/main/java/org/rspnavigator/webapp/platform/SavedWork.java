package org.rspnavigator.webapp.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every piece of saved work carries: its id, who created it and last changed it and when,
 * and the version that optimistic locking checks, so that nobody overwrites a colleague's save.
 */
@MappedSuperclass
public abstract class SavedWork {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    protected SavedWork() {
    }

    protected SavedWork(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    /** Records a change. */
    protected void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Keeps the recorded creation, for an import that restores exported work exactly. */
    public void restoreCreation(String by, Instant at) {
        this.createdBy = by;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
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
