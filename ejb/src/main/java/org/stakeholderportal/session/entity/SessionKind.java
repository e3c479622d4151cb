package org.stakeholderportal.session.entity;

/** The kinds of meeting in which stakeholders took part in the UN cybercrime negotiations. */
public enum SessionKind {
    FORMAL("Formal session"),
    RECONVENED("Reconvened session"),
    INTERSESSIONAL("Intersessional consultation"),
    REGIONAL("Regional consultation");

    private final String englishName;

    SessionKind(String englishName) {
        this.englishName = englishName;
    }

    /** For language-neutral outputs such as the calendar feed; pages use the translated labels. */
    public String englishName() {
        return englishName;
    }
}
