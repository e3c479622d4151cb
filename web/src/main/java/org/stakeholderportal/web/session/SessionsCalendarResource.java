package org.stakeholderportal.web.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.session.boundary.Sessions;
import org.stakeholderportal.session.control.CalendarFeed;
import org.stakeholderportal.session.entity.AgendaItem;
import org.stakeholderportal.session.entity.CommitteeSession;
import org.stakeholderportal.web.platform.OpenData;

/** The sessions of a process as an iCalendar feed to subscribe to (public, cached like the other open data). */
@Path("processes/{processId}/sessions.ics")
public class SessionsCalendarResource {

    @Inject
    Drafts drafts;

    @Inject
    Sessions sessions;

    @Context
    Request request;

    @Context
    UriInfo uri;

    @GET
    @Produces("text/calendar")
    @Operation(summary = "The sessions of a process, with their agendas, as an iCalendar (.ics) feed")
    public Response calendar(@PathParam("processId") long processId) {
        NegotiationProcess process = drafts.process(processId).orElseThrow(NotFoundException::new);
        Map<Long, List<AgendaItem>> agendas = sessions.agendasBySession(processId);
        String page = uri.getBaseUriBuilder().replacePath(uri.getBaseUri().getPath().replaceFirst("/api/?$", "/sessions.xhtml"))
                .queryParam("process", processId).build().toString();
        List<CalendarFeed.Event> events = new ArrayList<>();
        for (CommitteeSession s : sessions.sessions(processId)) {
            StringBuilder agenda = new StringBuilder(s.getKind().englishName());
            for (AgendaItem item : agendas.getOrDefault(s.getId(), List.of())) {
                agenda.append('\n').append(item.getItemNumber()).append(". ").append(item.getTitle());
            }
            events.add(new CalendarFeed.Event("session-" + s.getId() + "@stakeholder-portal", s.getCreatedAt(), s.getStartsOn(), s.getEndsOn(),
                    s.getTitle(), s.getVenue() == null ? "Online" : s.getVenue(), agenda.toString(), page + "#s-" + s.getId()));
        }
        byte[] body = CalendarFeed.of(process.getName(), events).getBytes(StandardCharsets.UTF_8);
        return Response.fromResponse(OpenData.cached(request, body, "text/calendar; charset=UTF-8"))
                .header("Content-Disposition", "inline; filename=\"sessions-" + process.getCode() + ".ics\"").build();
    }
}
