package org.stakeholderportal.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.audit.entity.AuditEvent;
import org.stakeholderportal.audit.entity.ChainCheck;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.web.platform.CsvCells;

/**
 * The audit trail for the secretariat: the whole chain as CSV, with each event's hashes so it can be recomputed
 * elsewhere (from the columns up to detail, which name people by reference; actor_name and detail_named show them by
 * username, or by pseudonym once erased) (a value a spreadsheet would run as a formula starts with an added apostrophe: drop it first), and
 * the chain check.
 */
@Path("audit")
@RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
@Tag(name = "Audit")
@SecurityRequirement(name = "keycloak")
public class AuditResource {

    private static final int PAGE = 2000;

    @Inject
    AuditTrail audit;

    @GET
    @Path("events.csv")
    @Produces("text/csv")
    @Operation(summary = "Every audit event in the order written, with its previous hash and hash")
    public Response csv() {
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader("id", "occurred_at", "actor", "actor_role", "action", "entity_type", "entity_id", "detail",
                            "previous_hash", "hash", "actor_name", "detail_named").get())) {
                long after = 0;
                List<AuditEvent> events;
                while (!(events = audit.after(after, PAGE)).isEmpty()) {
                    for (AuditEvent e : events) {
                        csv.printRecord(e.getId(), e.getOccurredAt(), CsvCells.cell(e.getActor()), e.getActorRole(),
                                e.getAction(), e.getEntityType(), e.getEntityId(), CsvCells.cell(e.getDetail()),
                                e.getPreviousHash(), e.getHash(), CsvCells.cell(e.getActorName()), CsvCells.cell(e.getDetailText()));
                        after = e.getId();
                    }
                }
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"").build();
    }

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute the hash chain: intact, or the first event that does not follow")
    public Map<String, Object> verify() {
        ChainCheck check = audit.verify();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("intact", check.isIntact());
        answer.put("checked", check.getChecked());
        answer.put("firstBrokenId", check.getFirstBrokenId());
        return answer;
    }
}
