package org.stakeholderportal.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Signs out of the portal and of Keycloak: ends the local session, then sends the browser to the
 * provider's end-session endpoint with the ID token, which returns it to the home page.
 */
@WebServlet("/logout")
public class Logout extends HttpServlet {

    @Inject
    SignedInUser signedIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        String idToken = signedIn.idTokenString();
        String issuer = principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null
                ? oidc.getOidcSecurityContext().getToken().getIssuer() : null;
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        String home = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        if (issuer == null || idToken == null) {
            response.sendRedirect(home);
            return;
        }
        response.sendRedirect(issuer + "/protocol/openid-connect/logout"
                + "?id_token_hint=" + URLEncoder.encode(idToken, StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + URLEncoder.encode(home, StandardCharsets.UTF_8));
    }
}
