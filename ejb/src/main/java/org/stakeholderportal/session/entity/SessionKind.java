package org.stakeholderportal.session.entity;

/** The kinds of meeting in which stakeholders took part in the UN cybercrime negotiations. */
public enum SessionKind {
    FORMAL,
    RECONVENED,
    INTERSESSIONAL,
    REGIONAL
}
