package org.stakeholderportal.contribution.entity;

import java.io.Serializable;

/** What a member writes: the form's fields, as the page or the API sends them (not yet sanitised). */
public class ContributionText implements Serializable {

    private static final long serialVersionUID = 1L;

    private ContributionKind kind = ContributionKind.GENERAL_COMMENT;
    private String title;
    private String comment;
    private String proposedWording;
    private String rationale;
    private String language = "en";

    public ContributionText() {
    }

    public ContributionText(ContributionKind kind, String title, String comment, String proposedWording, String rationale,
            String language) {
        this.kind = kind;
        this.title = title;
        this.comment = comment;
        this.proposedWording = proposedWording;
        this.rationale = rationale;
        this.language = language;
    }

    public ContributionKind getKind() { return kind; }
    public void setKind(ContributionKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getProposedWording() { return proposedWording; }
    public void setProposedWording(String proposedWording) { this.proposedWording = proposedWording; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
