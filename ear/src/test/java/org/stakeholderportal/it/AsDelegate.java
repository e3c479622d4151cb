package org.stakeholderportal.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.stakeholderportal.platform.Roles;

/** Runs test code as the member-state delegate "it-delegate", as if signed in through Keycloak. */
@Stateless
@PermitAll
@DeclareRoles(Roles.DELEGATE)
@RunAs(Roles.DELEGATE)
@RunAsPrincipal("it-delegate")
public class AsDelegate {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
