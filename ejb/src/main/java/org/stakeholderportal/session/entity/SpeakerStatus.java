package org.stakeholderportal.session.entity;

/** A request to speak on an agenda item: asked, confirmed or declined by the secretariat, or withdrawn. */
public enum SpeakerStatus {
    REQUESTED,
    CONFIRMED,
    DECLINED,
    WITHDRAWN
}
