package org.stakeholderportal.session.entity;

/** As the organisation states it, only so the secretariat can see the balance of its speakers' list. */
public enum Gender {
    WOMAN,
    MAN,
    OTHER,
    NOT_STATED
}
