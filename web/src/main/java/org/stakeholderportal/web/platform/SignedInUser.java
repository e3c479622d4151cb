package org.stakeholderportal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.stream.Collectors;
import org.stakeholderportal.platform.Roles;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/** Who is looking at this page: name and roles as Keycloak's token states them. */
@Named("signedIn")
@RequestScoped
public class SignedInUser {

    static final List<String> KNOWN_ROLES = List.of(Roles.STAKEHOLDER, Roles.SECRETARIAT, Roles.ADMIN, Roles.DELEGATE);

    @Inject
    HttpServletRequest request;

    public boolean isPresent() {
        return request.getUserPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public String getDisplayName() {
        JsonWebToken token = token();
        if (token != null && token.getName() != null && !token.getName().isBlank()) {
            return token.getName();
        }
        return getUsername();
    }

    public String getEmail() {
        JsonWebToken token = token();
        return token == null ? null : token.getClaimValueAsString(JsonWebToken.EMAIL);
    }

    public List<String> getRoles() {
        return KNOWN_ROLES.stream().filter(request::isUserInRole).toList();
    }

    public String getRoleLabels() {
        return getRoles().stream().map(role -> Messages.text("role." + role)).collect(Collectors.joining(", "));
    }

    public boolean isSecretariat() {
        return request.isUserInRole(Roles.SECRETARIAT) || request.isUserInRole(Roles.ADMIN);
    }

    public boolean isDelegate() {
        return request.isUserInRole(Roles.DELEGATE);
    }

    /** Whether the person has a workspace (their data, their account): everyone with one of the portal's roles. */
    public boolean isWorkspaceUser() {
        return request.isUserInRole(Roles.STAKEHOLDER) || isSecretariat() || isDelegate();
    }

    /** The raw ID token, needed to end the Keycloak session without a confirmation page. */
    String idTokenString() {
        Principal principal = request.getUserPrincipal();
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return oidc.getOidcSecurityContext().getIDTokenString();
        }
        return null;
    }

    /** The ID token of a browser sign-in, or the access token of a bearer request (API), which carries the same claims. */
    private JsonWebToken token() {
        Principal principal = request.getUserPrincipal();
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            IDToken id = oidc.getOidcSecurityContext().getIDToken();
            return id != null ? id : oidc.getOidcSecurityContext().getToken();
        }
        return null;
    }
}
