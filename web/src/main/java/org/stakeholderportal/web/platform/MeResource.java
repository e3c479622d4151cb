package org.stakeholderportal.web.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.boundary.People;
import org.stakeholderportal.privacy.boundary.PersonalData;
import org.stakeholderportal.privacy.entity.PersonalRecord;

/**
 * GET /api/me: who the bearer token says the caller is; GET /api/me/data: everything the portal holds about the caller,
 * as a JSON download; POST /api/me/erasure: the caller erases their own account (body {"username": their username}).
 */
@Path("me")
@RolesAllowed({Roles.STAKEHOLDER, Roles.SECRETARIAT, Roles.ADMIN, Roles.DELEGATE})
public class MeResource {

    @Inject
    SignedInUser signedIn;

    @Inject
    People people;

    @Inject
    PersonalData personalData;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> me() {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("username", signedIn.getUsername());
        me.put("roles", signedIn.getRoles());
        return me;
    }

    @GET
    @Path("data")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything the portal holds about the caller (person record, memberships, contributions, notes, mails, audit events)")
    public Response data() {
        ensureRecorded();
        return Response.ok(json(personalData.export()).toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"my-personal-data.json\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase the caller's account: the body repeats their username to confirm")
    public Map<String, Object> erase(JsonObject confirmation, @Context HttpServletRequest request) {
        String pseudonym = personalData.erase(confirmation == null ? null : confirmation.getString("username", null));
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Map.of("erased", true, "pseudonym", pseudonym);
    }

    /** A bearer-token caller may never have opened a page, which is where people are recorded. */
    private void ensureRecorded() {
        if (people.find(signedIn.getUsername()).isEmpty()) {
            people.recordVisit(signedIn.getUsername(), signedIn.getDisplayName(), signedIn.getEmail());
        }
    }

    static JsonObject json(PersonalRecord record) {
        JsonObjectBuilder person = Json.createObjectBuilder();
        record.getPerson().forEach(f -> add(person, f.getName(), f.getValue()));
        JsonObjectBuilder root = Json.createObjectBuilder().add("exported_at", Instant.now().toString()).add("person", person);
        for (PersonalRecord.Section section : record.getSections()) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            for (List<String> row : section.getRows()) {
                JsonObjectBuilder item = Json.createObjectBuilder();
                for (int i = 0; i < section.getColumns().size(); i++) {
                    add(item, section.getColumns().get(i), row.get(i));
                }
                rows.add(item);
            }
            root.add(section.getName(), rows);
        }
        return root.build();
    }

    private static void add(JsonObjectBuilder object, String name, String value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }
}
