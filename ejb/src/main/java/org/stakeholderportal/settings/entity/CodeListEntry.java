package org.stakeholderportal.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entry of a list the secretariat keeps (stakeholder categories, reason codes). Entries are referenced by
 * organisations and decisions, so they are retired, never deleted: a retired one is no longer offered but still named.
 */
@MappedSuperclass
public abstract class CodeListEntry {

    @Id
    @Column(length = 30)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected CodeListEntry() {
    }

    protected CodeListEntry(String code, int position) {
        this.code = code;
        this.position = position;
    }

    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    public String getCode() { return code; }
    public int getPosition() { return position; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
