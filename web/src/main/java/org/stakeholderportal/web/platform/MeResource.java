package org.stakeholderportal.web.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stakeholderportal.platform.Roles;

/** GET /api/me: who the bearer token says the caller is. */
@Path("me")
@RolesAllowed({Roles.STAKEHOLDER, Roles.SECRETARIAT, Roles.ADMIN})
public class MeResource {

    @Inject
    SignedInUser signedIn;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> me() {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("username", signedIn.getUsername());
        me.put("roles", signedIn.getRoles());
        return me;
    }
}
