package org.stakeholderportal.review.entity;

import java.io.Serializable;
import java.time.LocalDate;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.organisation.entity.UnRegion;

/** The review queue's filters and order; an empty field does not filter. */
public class ReviewQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The orders the queue offers; each maps to an indexed or cheap column, never to free text from the request. */
    public enum Order { SUBMITTED_AT, NUMBER, TITLE, ORGANISATION, STATUS, ARTICLE }

    private long processId;
    private Long draftId;
    private String articleNum;
    private ContributionStatus status;
    private String category;
    private UnRegion region;
    private String language;
    private ContributionKind kind;
    private LocalDate submittedFrom;
    private LocalDate submittedTo;
    private String text;
    private String assignedTo;
    private Order order = Order.SUBMITTED_AT;
    private boolean ascending = true;
    private boolean jointOnly;

    public ReviewQuery() {
    }

    public ReviewQuery(long processId) {
        this.processId = processId;
    }

    /** Only joint contributions: those whose submitted version lists co-signers. */
    public boolean isJointOnly() { return jointOnly; }
    public void setJointOnly(boolean jointOnly) { this.jointOnly = jointOnly; }
    public long getProcessId() { return processId; }
    public void setProcessId(long processId) { this.processId = processId; }
    public Long getDraftId() { return draftId; }
    public void setDraftId(Long draftId) { this.draftId = draftId; }
    /** The article's number as the draft prints it ("24", "5 bis"). */
    public String getArticleNum() { return articleNum; }
    public void setArticleNum(String articleNum) { this.articleNum = articleNum; }
    public ContributionStatus getStatus() { return status; }
    public void setStatus(ContributionStatus status) { this.status = status; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public UnRegion getRegion() { return region; }
    public void setRegion(UnRegion region) { this.region = region; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public ContributionKind getKind() { return kind; }
    public void setKind(ContributionKind kind) { this.kind = kind; }
    public LocalDate getSubmittedFrom() { return submittedFrom; }
    public void setSubmittedFrom(LocalDate submittedFrom) { this.submittedFrom = submittedFrom; }
    public LocalDate getSubmittedTo() { return submittedTo; }
    public void setSubmittedTo(LocalDate submittedTo) { this.submittedTo = submittedTo; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getAssignedTo() { return assignedTo; }
    public void setAssignedTo(String assignedTo) { this.assignedTo = assignedTo; }
    public Order getOrder() { return order; }
    public void setOrder(Order order) { this.order = order == null ? Order.SUBMITTED_AT : order; }
    public boolean isAscending() { return ascending; }
    public void setAscending(boolean ascending) { this.ascending = ascending; }
}
