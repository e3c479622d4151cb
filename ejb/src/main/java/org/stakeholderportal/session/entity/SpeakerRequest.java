package org.stakeholderportal.session.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.stakeholderportal.organisation.entity.Organisation;

/**
 * An organisation's request to speak on an agenda item through one of its registered representatives; a coalition
 * names one spokesperson on behalf of several organisations, each of which then has no request of its own.
 */
@Entity
@Table(name = "speaker_request")
public class SpeakerRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "representative_id")
    private Representative representative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SpeakerStatus status = SpeakerStatus.REQUESTED;

    @Column(nullable = false)
    private int position;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "speaker_on_behalf_of", joinColumns = @JoinColumn(name = "speaker_request_id"))
    private Set<OnBehalfOf> onBehalfOf = new LinkedHashSet<>();

    @Version
    private long version;

    protected SpeakerRequest() {
    }

    public SpeakerRequest(AgendaItem agendaItem, Organisation organisation, Representative representative, int position,
            Set<Long> onBehalfOfOrganisations, Instant requestedAt, String requestedBy) {
        this.agendaItem = agendaItem;
        this.organisation = organisation;
        this.representative = representative;
        this.position = position;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        onBehalfOfOrganisations.forEach(o -> onBehalfOf.add(new OnBehalfOf(o, agendaItem.getId())));
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public void decide(SpeakerStatus status) {
        this.status = status;
    }

    /** The names of the organisations the spokesperson speaks for, in alphabetical order, from those given by id. */
    public String onBehalfOfNames(java.util.Map<Long, Organisation> organisations) {
        return onBehalfOf.stream().map(b -> organisations.get(b.getOrganisationId())).filter(java.util.Objects::nonNull)
                .map(Organisation::getNameEnglish).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    public boolean isCoalition() {
        return !onBehalfOf.isEmpty();
    }

    public Long getId() { return id; }
    public AgendaItem getAgendaItem() { return agendaItem; }
    public Organisation getOrganisation() { return organisation; }
    public Representative getRepresentative() { return representative; }
    public SpeakerStatus getStatus() { return status; }
    public int getPosition() { return position; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getRequestedBy() { return requestedBy; }
    public Set<OnBehalfOf> getOnBehalfOf() { return onBehalfOf; }
    public long getVersion() { return version; }
}
