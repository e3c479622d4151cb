package org.stakeholderportal.draft.entity;

import org.stakeholderportal.draft.control.ProvisionChange;

/**
 * How one provision changed between two revisions, with the word-level redline as HTML whose text is
 * escaped (only the {@code <ins>}/{@code <del>} markup is ours).
 */
public class ProvisionRevision {

    private final String anchor;
    private final String previousNum;
    private final String num;
    private final ProvisionChange change;
    private final String redlineHtml;

    public ProvisionRevision(String anchor, String previousNum, String num, ProvisionChange change, String redlineHtml) {
        this.anchor = anchor;
        this.previousNum = previousNum;
        this.num = num;
        this.change = change;
        this.redlineHtml = redlineHtml;
    }

    public String getAnchor() { return anchor; }
    public String getPreviousNum() { return previousNum; }
    public String getNum() { return num; }
    public ProvisionChange getChange() { return change; }
    public String getRedlineHtml() { return redlineHtml; }
}
