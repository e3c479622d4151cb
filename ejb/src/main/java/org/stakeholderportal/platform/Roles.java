package org.stakeholderportal.platform;

/**
 * The realm roles issued by Keycloak, used verbatim as Jakarta security roles by
 * {@code @RolesAllowed}, {@code @DeclareRoles} and web.xml.
 */
public final class Roles {

    public static final String STAKEHOLDER = "stakeholder";
    public static final String SECRETARIAT = "secretariat";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
