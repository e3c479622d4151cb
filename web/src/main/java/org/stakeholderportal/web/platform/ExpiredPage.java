package org.stakeholderportal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.regex.Pattern;

/**
 * The "page expired" page (errors/expired.xhtml, web.xml maps ViewExpiredException to it): a form posted with a view
 * state the server no longer has (the session ended) or never had (a forged one).
 */
@Named
@RequestScoped
public class ExpiredPage {

    /** A path of this site only: RFC 3986 path characters, no "//" that a browser would read as another host. */
    private static final Pattern SAFE_PATH = Pattern.compile("/(?!/)[A-Za-z0-9/._~%!$&'()*+,;=:@-]*");

    /**
     * Answered 400: the form was not applied because the request is stale (the client's side), not because the
     * server failed (500), and it is not a success (200) that a script or monitor could count as a saved form.
     */
    public void answer() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
    }

    /** The page the form was on, to load it afresh; the home page if that address is not one of the portal's. */
    public String getReturnTo() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return returnTo(context.getRequestContextPath(), context.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI));
    }

    static String returnTo(String contextPath, Object requestUri) {
        String home = contextPath + "/";
        if (!(requestUri instanceof String uri) || !uri.startsWith(home) || uri.contains("/../") || uri.endsWith("/..")
                || !SAFE_PATH.matcher(uri.substring(contextPath.length())).matches()) {
            return home;
        }
        return uri;
    }
}
