package org.stakeholderportal.web.session;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.session.boundary.SessionParticipation;
import org.stakeholderportal.session.boundary.Sessions;
import org.stakeholderportal.session.entity.AgendaItem;
import org.stakeholderportal.session.entity.CommitteeSession;
import org.stakeholderportal.session.entity.Gender;
import org.stakeholderportal.session.entity.Representative;
import org.stakeholderportal.session.entity.Seat;
import org.stakeholderportal.session.entity.SpeakerRequest;
import org.stakeholderportal.web.platform.Messages;

/**
 * workspace/sessions.xhtml: an accredited organisation registers its representatives for the process's sessions
 * and asks to speak on agenda items, alone or for a coalition.
 */
@Named
@ViewScoped
public class WorkspaceSessionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Sessions sessions;

    @Inject
    transient SessionParticipation participation;

    @Inject
    transient Organisations organisations;

    @Inject
    transient Drafts drafts;

    @Inject
    transient org.stakeholderportal.platform.control.PortalClock clock;

    private Long processId;
    private NegotiationProcess process;
    private String refusal;
    private long organisationId;
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, String> emails = new HashMap<>();
    private final Map<Long, String> genders = new HashMap<>();
    private final Map<Long, String> seats = new HashMap<>();
    private final Map<Long, Long> speakers = new HashMap<>();
    /** Per agenda item, the organisations chosen in a list box (Faces gives a multiple choice in a map as an array). */
    private final Map<Long, Object[]> coalitions = new HashMap<>();
    private transient Map<Long, List<AgendaItem>> agendas;

    public void load() {
        List<NegotiationProcess> processes = drafts.processes();
        process = processId == null ? processes.stream().filter(this::takesPart).findFirst().orElse(processes.stream().findFirst().orElse(null))
                : drafts.process(processId).orElse(null);
        refusal = null;
        agendas = null;
        if (process != null) {
            try {
                organisationId = organisations.requireContributor(process.getId()).getOrganisationId();
            } catch (Refusal r) {
                refusal = r.message(Messages.locale());
            }
        }
    }

    /** Whether the person belongs to an organisation in the process, so a page without a process opens on theirs. */
    private boolean takesPart(NegotiationProcess candidate) {
        try {
            return organisations.standing(candidate.getId()).isPresent();
        } catch (jakarta.ejb.EJBAccessException e) {
            return false;
        }
    }

    public String register(CommitteeSession session) {
        Long id = session.getId();
        return act(() -> participation.register(id, names.get(id), emails.get(id), choice(Gender.class, genders.get(id)),
                choice(Seat.class, seats.get(id))), "session.registeredInfo", () -> {
            names.remove(id);
            emails.remove(id);
        });
    }

    public String cancel(Representative representative) {
        return act(() -> participation.cancelRegistration(representative.getId()), null, () -> { });
    }

    public String requestToSpeak(AgendaItem item) {
        Long id = item.getId();
        Long speaker = speakers.get(id);
        return act(() -> participation.requestToSpeak(id, speaker == null ? -1 : speaker,
                chosen(coalitions.get(id))), "speakers.requestedInfo", () -> coalitions.remove(id));
    }

    public String withdraw(SpeakerRequest request) {
        return act(() -> participation.withdrawRequest(request.getId()), null, () -> { });
    }

    private static java.util.Set<Long> chosen(Object[] values) {
        java.util.Set<Long> ids = new HashSet<>();
        if (values != null) {
            for (Object value : values) {
                ids.add(Long.valueOf(String.valueOf(value)));
            }
        }
        return ids;
    }

    /** A choice from a list of the page; anything else is no choice, which the boundary refuses with its message. */
    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String act(Runnable action, String done, Runnable after) {
        try {
            action.run();
            if (done != null) {
                Messages.info(done);
            }
            after.run();
        } catch (Refusal r) {
            Messages.refused(null, r);
        }
        load();
        return null;
    }

    public List<CommitteeSession> getSessions() {
        return process == null ? List.of() : sessions.sessions(process.getId());
    }

    public List<AgendaItem> agenda(CommitteeSession session) {
        if (agendas == null) {
            agendas = sessions.agendasBySession(process.getId());
        }
        return agendas.getOrDefault(session.getId(), List.of());
    }

    public List<Representative> representatives(CommitteeSession session) {
        return refusal != null ? List.of() : participation.myRepresentatives(session.getId());
    }

    public List<SpeakerRequest> requests(CommitteeSession session) {
        return refusal != null ? List.of() : participation.myRequests(session.getId());
    }

    public List<Organisation> candidates(CommitteeSession session) {
        return refusal != null ? List.of() : participation.coalitionCandidates(session.getId());
    }

    public boolean open(CommitteeSession session) {
        return session.acceptsRegistrations(clock.now());
    }

    public Gender[] getGenderChoices() { return Gender.values(); }
    public Seat[] getSeatChoices() { return Seat.values(); }
    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public NegotiationProcess getProcess() { return process; }
    public String getRefusal() { return refusal; }
    public long getOrganisationId() { return organisationId; }
    public Map<Long, String> getNames() { return names; }
    public Map<Long, String> getEmails() { return emails; }
    public Map<Long, String> getGenders() { return genders; }
    public Map<Long, String> getSeats() { return seats; }
    public Map<Long, Long> getSpeakers() { return speakers; }
    public Map<Long, Object[]> getCoalitions() { return coalitions; }
}
