package org.stakeholderportal.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** An organisation a coalition's spokesperson speaks for; the agenda item is repeated so the database keeps it once per item. */
@Embeddable
public class OnBehalfOf {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "agenda_item_id", nullable = false)
    private long agendaItemId;

    protected OnBehalfOf() {
    }

    public OnBehalfOf(long organisationId, long agendaItemId) {
        this.organisationId = organisationId;
        this.agendaItemId = agendaItemId;
    }

    public long getOrganisationId() { return organisationId; }

    @Override
    public boolean equals(Object other) {
        return other instanceof OnBehalfOf that && that.organisationId == organisationId && that.agendaItemId == agendaItemId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, agendaItemId);
    }
}
