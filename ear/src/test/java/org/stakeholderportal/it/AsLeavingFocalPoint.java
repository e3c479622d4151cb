package org.stakeholderportal.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.stakeholderportal.platform.Roles;

/** Runs test code as the stakeholder "it-leaving-focal", a focal point who erases their account in PersonalDataIT. */
@Stateless
@PermitAll
@DeclareRoles(Roles.STAKEHOLDER)
@RunAs(Roles.STAKEHOLDER)
@RunAsPrincipal("it-leaving-focal")
public class AsLeavingFocalPoint {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
