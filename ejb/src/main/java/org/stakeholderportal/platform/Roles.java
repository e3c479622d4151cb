package org.stakeholderportal.platform;

/**
 * The realm roles issued by Keycloak, used verbatim as Jakarta security roles by
 * {@code @RolesAllowed}, {@code @DeclareRoles} and web.xml.
 */
public final class Roles {

    public static final String STAKEHOLDER = "stakeholder";
    public static final String SECRETARIAT = "secretariat";
    public static final String ADMIN = "admin";
    /** A member State's delegate: reads published input, takes part in the non-objection procedure. */
    public static final String DELEGATE = "delegate";

    private Roles() {
    }
}
