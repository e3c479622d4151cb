package org.stakeholderportal.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.session.boundary.Sessions;
import org.stakeholderportal.session.boundary.SpeakersLists;
import org.stakeholderportal.session.entity.AgendaItem;
import org.stakeholderportal.session.entity.CommitteeSession;
import org.stakeholderportal.session.entity.SpeakerRequest;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.web.platform.Languages;

/** sessions.xhtml: the public calendar of a process's sessions, their agendas and the confirmed speakers' lists. */
@Named
@RequestScoped
public class SessionsCalendarBacking {

    @Inject
    Drafts drafts;

    @Inject
    Sessions sessions;

    @Inject
    SpeakersLists speakersLists;

    @Inject
    Languages languages;

    private Long processId;
    private NegotiationProcess process;
    private List<CommitteeSession> calendar;
    private Map<Long, List<AgendaItem>> agendas;
    private final Map<Long, List<SpeakerRequest>> speakers = new HashMap<>();
    private Map<Long, Organisation> coalitionMembers;

    public void load() {
        List<NegotiationProcess> processes = drafts.processes();
        process = processId == null ? processes.stream().findFirst().orElse(null)
                : drafts.process(processId).orElse(null);
        calendar = process == null ? List.of() : sessions.sessions(process.getId());
        agendas = process == null ? Map.of() : sessions.agendasBySession(process.getId());
    }

    public List<NegotiationProcess> getProcesses() {
        return drafts.processes();
    }

    public List<AgendaItem> agenda(CommitteeSession session) {
        return agendas.getOrDefault(session.getId(), List.of());
    }

    public List<SpeakerRequest> speakers(AgendaItem item) {
        return speakers.computeIfAbsent(item.getId(), id -> speakersLists.published(id));
    }

    /** Names of the organisations a coalition's spokesperson speaks for. */
    public String onBehalfOf(SpeakerRequest request) {
        if (coalitionMembers == null) {
            coalitionMembers = speakersLists.coalitionMembers(speakers.values().stream().flatMap(List::stream).toList());
        }
        return request.onBehalfOfNames(coalitionMembers);
    }

    public String day(java.time.LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(languages.getLocale()));
    }

    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public NegotiationProcess getProcess() { return process; }
    public List<CommitteeSession> getCalendar() { return calendar; }
}
