package org.stakeholderportal.web.session;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.ConsultationWindow;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.session.boundary.Sessions;
import org.stakeholderportal.session.entity.AgendaItem;
import org.stakeholderportal.session.entity.CommitteeSession;
import org.stakeholderportal.session.entity.SessionFormat;
import org.stakeholderportal.session.entity.SessionKind;
import org.stakeholderportal.web.platform.Messages;

/** secretariat/sessions.xhtml: plan a process's sessions and agendas, tie consultation windows, see registrations. */
@Named
@ViewScoped
public class SecretariatSessionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Sessions sessions;

    @Inject
    transient Drafts drafts;

    private Long processId;
    private NegotiationProcess process;
    private SessionKind kind = SessionKind.FORMAL;
    private String title;
    private String startsOn;
    private String endsOn;
    private SessionFormat format = SessionFormat.HYBRID;
    private String venue;
    private int roomLimit = 2;
    private int onlineLimit = 5;
    private final Map<Long, String> itemNumbers = new HashMap<>();
    private final Map<Long, String> itemTitles = new HashMap<>();
    private final Map<Long, Long> itemDrafts = new HashMap<>();
    private final Map<Long, String> itemAnchors = new HashMap<>();
    private final Map<Long, Long> windowDrafts = new HashMap<>();
    private final Map<Long, String> windowTitles = new HashMap<>();
    private final Map<Long, Integer> windowDays = new HashMap<>();

    public void load() {
        process = processId == null ? null : drafts.process(processId).orElse(null);
    }

    public String create() {
        try {
            sessions.create(processId, kind, title, day(startsOn), day(endsOn), format, venue, roomLimit, onlineLimit);
            Messages.info("session.created");
            title = null;
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    public String addItem(CommitteeSession session) {
        try {
            Long id = session.getId();
            sessions.addAgendaItem(id, itemNumbers.get(id), itemTitles.get(id), itemDrafts.get(id), itemAnchors.get(id));
            Messages.info("agenda.added");
            agendas = null;
            itemNumbers.remove(id);
            itemTitles.remove(id);
            itemAnchors.remove(id);
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    public String openWindow(CommitteeSession session) {
        try {
            Long id = session.getId();
            Long draft = windowDrafts.get(id);
            if (draft == null) {
                throw new Refusal("agenda.provisionWithoutDraft");
            }
            sessions.openWindowBefore(id, draft, windowTitles.get(id), windowDays.getOrDefault(id, 14));
            Messages.info("window.opened");
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Refusal("session.datesInvalid");
        }
    }

    public List<CommitteeSession> getSessions() {
        return processId == null ? List.of() : sessions.sessions(processId);
    }

    private transient Map<Long, List<AgendaItem>> agendas;

    public List<AgendaItem> agenda(CommitteeSession session) {
        if (agendas == null) {
            agendas = sessions.agendasBySession(processId);
        }
        return agendas.getOrDefault(session.getId(), List.of());
    }

    public List<ConsultationWindow> windows(CommitteeSession session) {
        return sessions.windows(session.getId());
    }

    public int participants(CommitteeSession session) {
        return sessions.participants(session.getId()).size();
    }

    public List<Draft> getDrafts() {
        return processId == null ? List.of() : drafts.drafts(processId);
    }

    public SessionKind[] getKinds() { return SessionKind.values(); }
    public SessionFormat[] getFormats() { return SessionFormat.values(); }
    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public NegotiationProcess getProcess() { return process; }
    public SessionKind getKind() { return kind; }
    public void setKind(SessionKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    public SessionFormat getFormat() { return format; }
    public void setFormat(SessionFormat format) { this.format = format; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public int getRoomLimit() { return roomLimit; }
    public void setRoomLimit(int roomLimit) { this.roomLimit = roomLimit; }
    public int getOnlineLimit() { return onlineLimit; }
    public void setOnlineLimit(int onlineLimit) { this.onlineLimit = onlineLimit; }
    public Map<Long, String> getItemNumbers() { return itemNumbers; }
    public Map<Long, String> getItemTitles() { return itemTitles; }
    public Map<Long, Long> getItemDrafts() { return itemDrafts; }
    public Map<Long, String> getItemAnchors() { return itemAnchors; }
    public Map<Long, Long> getWindowDrafts() { return windowDrafts; }
    public Map<Long, String> getWindowTitles() { return windowTitles; }
    public Map<Long, Integer> getWindowDays() { return windowDays; }
}
