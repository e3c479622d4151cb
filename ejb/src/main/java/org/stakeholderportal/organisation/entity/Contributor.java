package org.stakeholderportal.organisation.entity;

/** A person allowed to write input in a process now: an active member of an accredited organisation. */
public class Contributor {

    private final String username;
    private final long organisationId;
    private final long processId;

    public Contributor(String username, long organisationId, long processId) {
        this.username = username;
        this.organisationId = organisationId;
        this.processId = processId;
    }

    public String getUsername() { return username; }
    public long getOrganisationId() { return organisationId; }
    public long getProcessId() { return processId; }
}
