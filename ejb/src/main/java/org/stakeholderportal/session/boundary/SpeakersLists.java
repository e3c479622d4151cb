package org.stakeholderportal.session.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.notification.control.Mailbox;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.session.control.SpeakerBalance;
import org.stakeholderportal.session.entity.AgendaItem;
import org.stakeholderportal.session.entity.BalanceRow;
import org.stakeholderportal.session.entity.OnBehalfOf;
import org.stakeholderportal.session.entity.SpeakerRequest;
import org.stakeholderportal.session.entity.SpeakerStatus;

/**
 * The secretariat builds each agenda item's speakers' list: orders the requests, confirms or declines them while
 * watching the balance by region, category and gender, sets the time per speaker, and confirms the list, which
 * publishes it and mails the speakers.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
public class SpeakersLists {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @Inject
    Mailbox mailbox;

    /** Every request still standing (not withdrawn), in the list's order. */
    public List<SpeakerRequest> requests(long itemId) {
        return em.createQuery("select distinct r from SpeakerRequest r join fetch r.organisation join fetch r.representative"
                        + " left join fetch r.onBehalfOf where r.agendaItem.id = :i and r.status <> :w order by r.position, r.id", SpeakerRequest.class)
                .setParameter("i", itemId).setParameter("w", SpeakerStatus.WITHDRAWN).getResultList();
    }

    /** The published list: confirmed speakers in order, once the secretariat has confirmed it; nothing before. */
    @PermitAll
    public List<SpeakerRequest> published(long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || !item.isSpeakersConfirmed()) {
            return List.of();
        }
        return em.createQuery("select distinct r from SpeakerRequest r join fetch r.organisation join fetch r.representative"
                        + " left join fetch r.onBehalfOf where r.agendaItem.id = :i and r.status = :c order by r.position, r.id", SpeakerRequest.class)
                .setParameter("i", itemId).setParameter("c", SpeakerStatus.CONFIRMED).getResultList();
    }

    /** The organisations coalitions speak for, by id, for the given requests. */
    @PermitAll
    public Map<Long, Organisation> coalitionMembers(Collection<SpeakerRequest> requests) {
        Set<Long> ids = requests.stream().flatMap(r -> r.getOnBehalfOf().stream()).map(OnBehalfOf::getOrganisationId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
    }

    public List<BalanceRow> balance(long itemId) {
        List<SpeakerRequest> requests = requests(itemId);
        return SpeakerBalance.of(requests, coalitionMembers(requests));
    }

    /** Moves a request one place up or down the list. */
    public void move(long requestId, long expectedVersion, boolean up) {
        SpeakerRequest request = locked(requestId, expectedVersion);
        List<SpeakerRequest> list = requests(request.getAgendaItem().getId());
        int index = list.indexOf(request);
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= list.size()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i + 1);
        }
        SpeakerRequest neighbour = list.get(other);
        neighbour.moveTo(index + 1);
        request.moveTo(other + 1);
        audit.record("speakers.moved", "AgendaItem", request.getAgendaItem().getId(), "request=" + requestId + "; position=" + (other + 1));
    }

    /** Confirms or declines a request (or puts it back to "requested"); a confirmed list must be reopened first. */
    public SpeakerRequest decide(long requestId, long expectedVersion, SpeakerStatus status) {
        if (status == null || status == SpeakerStatus.WITHDRAWN) {
            throw new Refusal("speakers.unknown", requestId);
        }
        SpeakerRequest request = locked(requestId, expectedVersion);
        if (request.getStatus() == SpeakerStatus.WITHDRAWN) {
            throw new Refusal("speakers.alreadyWithdrawn");
        }
        if (request.getAgendaItem().isSpeakersConfirmed()) {
            throw new Refusal("speakers.listConfirmed");
        }
        SpeakerStatus before = request.getStatus();
        request.decide(status);
        audit.record("speakers.decided", "AgendaItem", request.getAgendaItem().getId(), "request=" + requestId + "; " + before + " -> " + status);
        return request;
    }

    public AgendaItem allowMinutes(long itemId, long expectedVersion, int minutes) {
        AgendaItem item = lockedItem(itemId, expectedVersion);
        int before = item.getMinutesPerSpeaker();
        item.allowMinutes(minutes);
        audit.record("speakers.minutes", "AgendaItem", itemId, before + " -> " + minutes);
        return item;
    }

    /** Publishes the list of confirmed speakers and mails each of them (and whoever asked) their place and time. */
    public AgendaItem confirm(long itemId, long expectedVersion) {
        AgendaItem item = lockedItem(itemId, expectedVersion);
        List<SpeakerRequest> confirmed = requests(itemId).stream().filter(r -> r.getStatus() == SpeakerStatus.CONFIRMED).toList();
        if (confirmed.isEmpty()) {
            throw new Refusal("speakers.noneConfirmed");
        }
        item.confirmSpeakers(clock.now());
        int place = 0;
        for (SpeakerRequest speaker : confirmed) {
            place++;
            Object[] arguments = {speaker.getRepresentative().getFullName(), speaker.getOrganisation().getNameEnglish(),
                item.getItemNumber() + " " + item.getTitle(), item.getSession().getTitle(), place, item.getMinutesPerSpeaker()};
            mailbox.send(speaker.getRepresentative().getEmail(), Locale.ENGLISH, "speakers.confirmed", arguments);
            mailbox.sendToPerson(speaker.getRequestedBy(), "speakers.confirmed", arguments);
        }
        audit.record("speakers.confirmed", "AgendaItem", itemId, "speakers=" + confirmed.size() + "; minutes=" + item.getMinutesPerSpeaker());
        return item;
    }

    /** Takes the list down to change it; confirming again publishes and mails anew. */
    public AgendaItem reopen(long itemId, long expectedVersion) {
        AgendaItem item = lockedItem(itemId, expectedVersion);
        item.reopenSpeakers();
        audit.record("speakers.reopened", "AgendaItem", itemId, "");
        return item;
    }

    private SpeakerRequest locked(long requestId, long expectedVersion) {
        SpeakerRequest request = em.find(SpeakerRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new Refusal("speakers.unknown", requestId);
        }
        if (request.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        return request;
    }

    private AgendaItem lockedItem(long itemId, long expectedVersion) {
        AgendaItem item = em.find(AgendaItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new Refusal("agenda.unknown", itemId);
        }
        if (item.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        return item;
    }
}
