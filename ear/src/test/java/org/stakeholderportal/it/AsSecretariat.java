package org.stakeholderportal.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.stakeholderportal.platform.Roles;

/** Runs test code as a member of the secretariat would, so boundary role checks apply as in production. */
@Stateless
@PermitAll
@DeclareRoles(Roles.SECRETARIAT)
@RunAs(Roles.SECRETARIAT)
public class AsSecretariat {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
