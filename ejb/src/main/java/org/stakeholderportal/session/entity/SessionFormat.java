package org.stakeholderportal.session.entity;

/** Where a session takes place: a room, online, or both. */
public enum SessionFormat {
    IN_PERSON,
    ONLINE,
    HYBRID
}
