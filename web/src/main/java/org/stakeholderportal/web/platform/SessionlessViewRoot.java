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
 * The map stays in the request when the view is transient (every public page) or when the visitor has no
 * session yet. The second test is needed because Mojarra reads the view map before the view is built, that
 * is before {@code <f:view transient>} has been applied. Signed-in people always have a session (the OIDC
 * tokens live there), so their stateful views behave as usual.
 */
public class SessionlessViewRoot extends UIViewRoot {

    private Map<String, Object> requestViewMap;

    @Override
    public Map<String, Object> getViewMap(boolean create) {
        if (requestViewMap == null && !isTransient() && hasSession()) {
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
