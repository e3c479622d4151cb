package org.stakeholderportal.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.stakeholderportal.platform.Roles;

/** Runs test code as the stakeholder "it-staying-member", a member who stays when the focal point leaves, in PersonalDataIT. */
@Stateless
@PermitAll
@DeclareRoles(Roles.STAKEHOLDER)
@RunAs(Roles.STAKEHOLDER)
@RunAsPrincipal("it-staying-member")
public class AsStayingMember {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
