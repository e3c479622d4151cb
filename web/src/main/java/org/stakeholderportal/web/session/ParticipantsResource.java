package org.stakeholderportal.web.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.stakeholderportal.session.boundary.Sessions;
import org.stakeholderportal.session.entity.Representative;
import org.stakeholderportal.web.platform.CsvCells;

/** The participant list of a session for the secretariat (the boundary checks the role; web.xml asks for sign-in). */
@Path("sessions")
public class ParticipantsResource {

    @Inject
    Sessions sessions;

    @GET
    @Path("{id}/participants.csv")
    @Produces("text/csv")
    @Operation(summary = "Who each organisation registered for a session (secretariat only), as CSV")
    public Response participants(@PathParam("id") long sessionId) {
        List<Representative> participants = sessions.participants(sessionId);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader("organisation", "acronym", "category", "country", "region", "name", "email", "gender", "attends", "registered_at")
                    .get())) {
                for (Representative r : participants) {
                    csv.printRecord(CsvCells.cell(r.getOrganisation().getNameEnglish()), CsvCells.cell(r.getOrganisation().getAcronym()),
                            r.getOrganisation().getCategory(), r.getOrganisation().getCountry(), r.getOrganisation().getRegion(),
                            CsvCells.cell(r.getFullName()), CsvCells.cell(r.getEmail()), r.getGender(), r.getSeat(), r.getRegisteredAt());
                }
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"participants-session-" + sessionId + ".csv\"").build();
    }
}
