package org.stakeholderportal.organisation.entity;

import java.util.List;

/**
 * What a signed-in person sees of their organisation in a process: their membership, the organisation's
 * accreditation, and (for the focal point) the members and the requests to join.
 */
public class OrganisationStanding {

    private final Membership membership;
    private final Accreditation accreditation;
    private final List<Membership> members;

    public OrganisationStanding(Membership membership, Accreditation accreditation, List<Membership> members) {
        this.membership = membership;
        this.accreditation = accreditation;
        this.members = members;
    }

    public Membership getMembership() { return membership; }
    public Accreditation getAccreditation() { return accreditation; }
    public Organisation getOrganisation() { return membership.getOrganisation(); }
    public List<Membership> getMembers() { return members; }
    public boolean isFocalPoint() { return membership.isFocalPoint(); }
}
