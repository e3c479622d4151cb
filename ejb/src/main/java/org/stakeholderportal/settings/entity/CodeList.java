package org.stakeholderportal.settings.entity;

/** The lists the secretariat keeps; the name is also the prefix of an entry's label key ("category.NGO"). */
public enum CodeList {
    CATEGORY("category", StakeholderCategory.class),
    REASON("reason", RejectionReason.class);

    private final String prefix;
    private final Class<? extends CodeListEntry> entity;

    CodeList(String prefix, Class<? extends CodeListEntry> entity) {
        this.prefix = prefix;
        this.entity = entity;
    }

    public String prefix() { return prefix; }
    public Class<? extends CodeListEntry> entity() { return entity; }

    /** The label key of an entry, as the bundles name it. */
    public String key(String code) {
        return prefix + "." + code;
    }
}
