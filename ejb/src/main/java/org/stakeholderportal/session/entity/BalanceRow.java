package org.stakeholderportal.session.entity;

/** One line of a speakers' list balance: e.g. region "AFRICAN_STATES", 2 confirmed, 3 on the list. */
public class BalanceRow {

    private final String dimension;
    private final String key;
    private final long confirmed;
    private final long listed;

    public BalanceRow(String dimension, String key, long confirmed, long listed) {
        this.dimension = dimension;
        this.key = key;
        this.confirmed = confirmed;
        this.listed = listed;
    }

    public String getDimension() { return dimension; }
    public String getKey() { return key; }
    public long getConfirmed() { return confirmed; }
    public long getListed() { return listed; }
}
