package org.stakeholderportal.web.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * GET /api/ping: a constant, touching neither the database nor any bean. The load benchmark measures it beside the
 * real pages and endpoints as the ceiling of this server's HTTP and JAX-RS stack on the same machine.
 */
@Path("ping")
@PermitAll
public class PingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "pong";
    }
}
