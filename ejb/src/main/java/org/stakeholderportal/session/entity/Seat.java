package org.stakeholderportal.session.entity;

/** How a representative attends: in the room (few places per organisation) or online. */
public enum Seat {
    IN_ROOM,
    ONLINE
}
