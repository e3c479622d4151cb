package org.stakeholderportal.web.platform;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.Map;

/**
 * A view root that does not create an HTTP session for its view map. Mojarra registers every new view map
 * in the session, and PrimeFaces puts its CSP nonce in the view map on every render, so without this each
 * anonymous page view would create a session (ARCHITECTURE.md, "Speed and memory").
 * <p>
 * Views are transient for anonymous readers and stateful for signed-in people (layout.xhtml), because every
 * form needs a signed-in person and PrimeFaces checks its CSP nonce against the view map on a postback. So the
 * map stays in the request only when the visitor has no session, and the view root behaves exactly as Mojarra's
 * for everyone who has one (signed-in people always do: the OIDC tokens live there).
 */
public class SessionlessViewRoot extends UIViewRoot {

    private Map<String, Object> requestViewMap;

    @Override
    public Map<String, Object> getViewMap(boolean create) {
        if (requestViewMap == null && hasSession()) {
            return super.getViewMap(create);
        }
        if (requestViewMap == null && create) {
            requestViewMap = new HashMap<>();
        }
        return requestViewMap;
    }

    private static boolean hasSession() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getExternalContext().getSession(false) != null;
    }
}
