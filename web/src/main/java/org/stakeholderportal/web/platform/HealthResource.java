package org.stakeholderportal.web.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.stakeholderportal.platform.boundary.PlatformHealth;
import org.stakeholderportal.platform.entity.HealthReport;

/** GET /api/health: 200 when the portal can serve, 503 when its database does not answer. */
@Path("health")
public class HealthResource {

    @Inject
    PlatformHealth health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        HealthReport report = health.check();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(report.isUp() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(report).cacheControl(noStore).build();
    }
}
