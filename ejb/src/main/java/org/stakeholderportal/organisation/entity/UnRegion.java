package org.stakeholderportal.organisation.entity;

/** The United Nations regional groups, used to show the regional balance of input; OTHER for international bodies. */
public enum UnRegion {
    AFRICAN_STATES,
    ASIA_PACIFIC_STATES,
    EASTERN_EUROPEAN_STATES,
    LATIN_AMERICAN_AND_CARIBBEAN_STATES,
    WESTERN_EUROPEAN_AND_OTHER_STATES,
    OTHER
}
