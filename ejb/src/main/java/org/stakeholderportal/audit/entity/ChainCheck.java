package org.stakeholderportal.audit.entity;

import java.io.Serializable;

/**
 * The result of checking the audit trail's hash chain: how many events were read and the first one whose hash
 * does not follow (null when the chain is intact, including its head).
 */
public class ChainCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long checked;
    private final Long firstBrokenId;

    public ChainCheck(long checked, Long firstBrokenId) {
        this.checked = checked;
        this.firstBrokenId = firstBrokenId;
    }

    public boolean isIntact() { return firstBrokenId == null; }
    public long getChecked() { return checked; }
    public Long getFirstBrokenId() { return firstBrokenId; }
}
