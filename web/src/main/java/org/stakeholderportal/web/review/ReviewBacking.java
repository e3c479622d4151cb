package org.stakeholderportal.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.audit.entity.AuditEvent;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.contribution.control.CommentSanitizer;
import org.stakeholderportal.contribution.entity.Attachment;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.contribution.entity.ContributionVersion;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.ArticleText;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.review.boundary.Reviews;
import org.stakeholderportal.review.entity.ReviewDecision;
import org.stakeholderportal.review.entity.ReviewNote;
import org.stakeholderportal.publication.control.Redline;
import org.stakeholderportal.web.platform.Messages;

/**
 * secretariat/contribution.xhtml: one submitted contribution as a reviewer sees it (redline, attachments, versions
 * compared, internal notes, history) and the decision on it. The version it was read at goes with the decision,
 * so a reviewer who decides second is told instead of overwriting.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Reviews reviews;

    @Inject
    transient Contributions contributions;

    @Inject
    transient Drafts drafts;

    @Inject
    transient AuditTrail audit;

    private Long id;
    private Contribution contribution;
    private Organisation organisation;
    private ArticleText article;
    private List<ContributionVersion> versions = List.of();
    private ReviewDecision decision;
    private String reasonCode;
    private String message;
    private String note;
    private String assignee;
    private Integer compareFrom;
    private Integer compareTo;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            refresh(reviews.contribution(id));
        } catch (Refusal refusal) {
            Messages.refusedLoading(refusal);
        }
    }

    private void refresh(Contribution loaded) {
        contribution = loaded;
        organisation = reviews.organisationOf(loaded);
        article = loaded.getArticleId() == null ? null : drafts.articleById(loaded.getArticleId()).orElse(null);
        versions = contributions.versions(loaded.getId());
        if (versions.size() > 1 && compareFrom == null) {
            compareFrom = versions.get(versions.size() - 2).getNumber();
            compareTo = versions.get(versions.size() - 1).getNumber();
        }
    }

    public String decide() {
        try {
            Contribution decided = reviews.decide(id, contribution.getVersion(), decision, reasonCode, message);
            Messages.info("review.decided", decided.getSubmissionNumber());
            decision = null;
            reasonCode = null;
            message = null;
            refresh(decided);
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
            refresh(reviews.contribution(id));
        }
        return null;
    }

    public String assign() {
        try {
            refresh(reviews.assign(id, contribution.getVersion(), assignee));
            Messages.info("review.assigned", contribution.getAssignedTo());
            assignee = null;
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
            refresh(reviews.contribution(id));
        }
        return null;
    }

    public String addNote() {
        try {
            reviews.note(id, note);
            note = null;
            Messages.info("review.noted");
        } catch (Refusal refusal) {
            Messages.refused("notes-form:note", refusal);
        }
        return null;
    }

    public boolean isDecidable() {
        return contribution != null && (contribution.getStatus() == ContributionStatus.SUBMITTED
                || contribution.getStatus() == ContributionStatus.UNDER_REVIEW);
    }

    public String getRedline() {
        return contribution == null ? null : Redline.of(contribution.getProposedWording(), contribution.getParagraphIds(), article);
    }

    /** The numbers of the paragraphs the contribution is about, e.g. "1, 3"; empty for the whole article. */
    public String getParagraphNums() {
        if (article == null || contribution.getParagraphIds().isEmpty()) {
            return "";
        }
        return String.join(", ", article.getParagraphs().stream().filter(p -> contribution.getParagraphIds().contains(p.getId()))
                .map(p -> p.getNum() == null ? p.getAnchor() : p.getNum()).toList());
    }

    /** The chosen versions compared word by word: title, comment, wording and rationale one after the other. */
    public String getComparison() {
        ContributionVersion from = version(compareFrom);
        ContributionVersion to = version(compareTo);
        if (from == null || to == null) {
            return null;
        }
        return Redline.between(comparable(from), comparable(to));
    }

    private ContributionVersion version(Integer number) {
        return number == null ? null : versions.stream().filter(v -> v.getNumber() == number).findFirst().orElse(null);
    }

    private static String comparable(ContributionVersion v) {
        return v.getTitle() + "\n" + CommentSanitizer.text(v.getCommentHtml()) + "\n" + (v.getProposedWording() == null ? "" : v.getProposedWording())
                + "\n" + (v.getRationale() == null ? "" : v.getRationale()) + "\n" + v.getAttachments();
    }

    public List<Attachment> getAttachments() {
        return contribution == null ? List.of() : contributions.attachmentsOf(contribution.getId());
    }

    public List<ReviewNote> getNotes() {
        return contribution == null ? List.of() : reviews.notes(contribution.getId());
    }

    public List<AuditEvent> getHistory() {
        return contribution == null ? List.of() : audit.forRecord("Contribution", contribution.getId());
    }

    public List<String> getReasons() {
        return reviews.reasons();
    }

    public ReviewDecision[] getDecisions() {
        return ReviewDecision.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Contribution getContribution() { return contribution; }
    public Organisation getOrganisation() { return organisation; }
    public ArticleText getArticle() { return article; }
    public List<ContributionVersion> getVersions() { return versions; }
    public ReviewDecision getDecision() { return decision; }
    public void setDecision(ReviewDecision decision) { this.decision = decision; }
    public String getReasonCode() { return reasonCode; }
    public void setReasonCode(String reasonCode) { this.reasonCode = reasonCode; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public Integer getCompareFrom() { return compareFrom; }
    public void setCompareFrom(Integer compareFrom) { this.compareFrom = compareFrom; }
    public Integer getCompareTo() { return compareTo; }
    public void setCompareTo(Integer compareTo) { this.compareTo = compareTo; }
}
