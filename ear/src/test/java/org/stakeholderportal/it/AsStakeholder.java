package org.stakeholderportal.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.stakeholderportal.platform.Roles;

/** Runs test code with the stakeholder role only. */
@Stateless
@PermitAll
@DeclareRoles(Roles.STAKEHOLDER)
@RunAs(Roles.STAKEHOLDER)
public class AsStakeholder {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
