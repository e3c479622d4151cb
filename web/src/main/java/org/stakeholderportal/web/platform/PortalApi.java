package org.stakeholderportal.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api. */
@ApplicationPath("api")
public class PortalApi extends Application {
}
