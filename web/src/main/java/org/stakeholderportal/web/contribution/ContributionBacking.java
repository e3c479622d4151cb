package org.stakeholderportal.web.contribution;

import org.stakeholderportal.publication.control.Redline;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.stakeholderportal.settings.boundary.Settings;
import org.stakeholderportal.settings.entity.ProcessSettings;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.contribution.control.CommentMarkup;
import org.stakeholderportal.contribution.entity.Attachment;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionText;
import org.stakeholderportal.contribution.entity.ContributionVersion;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.control.WordDiff;
import org.stakeholderportal.draft.entity.ArticleText;
import org.stakeholderportal.draft.entity.Provision;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.web.platform.Messages;

/**
 * workspace/contribution.xhtml: write a contribution on a draft, an article or a paragraph, see the proposed
 * wording as a redline, save it, submit it. A conflict with another member's save shows their version
 * instead of overwriting it.
 */
@Named
@ViewScoped
public class ContributionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Far above 2,000 words of any language, and far below what would exhaust the Markdown parser's stack. */
    private static final int MAX_MARKUP = 30_000;

    @Inject
    transient Contributions contributions;

    @Inject
    transient Drafts drafts;

    @Inject
    transient Settings settings;

    @Inject
    transient org.stakeholderportal.contribution.boundary.JointContributions joint;

    @Inject
    transient org.stakeholderportal.organisation.boundary.Organisations organisations;

    private Long inviteOrganisationId;

    private Long id;
    private Long draftId;
    private String articleAnchor;
    private String paragraphAnchor;
    private long version;
    private ContributionText text = new ContributionText();
    private Contribution saved;
    private Contribution theirs;
    private ArticleText article;
    private transient Part upload;
    private Long processId;
    /** One token per page: a double click or a retried request submits once. */
    private final String submissionToken = UUID.randomUUID().toString();

    public void load() {
        if (id != null) {
            try {
                saved = contributions.mine(id);
            } catch (Refusal refusal) {
                Messages.refusedLoading(refusal);
                return;
            }
            adopt(saved);
        }
        if (saved == null) {
            // A new contribution starts in a language the process offers.
            List<String> offered = rules().getLanguages();
            if (!offered.isEmpty() && !offered.contains(text.getLanguage())) {
                text.setLanguage(offered.get(0));
            }
        }
        if (draftId != null && articleAnchor != null) {
            article = drafts.article(draftId, articleAnchor, false).orElse(null);
        } else if (saved != null && saved.getArticleId() != null) {
            article = drafts.articleById(saved.getArticleId()).orElse(null);
            if (article != null) {
                articleAnchor = article.getArticle().getAnchor();
                if (paragraphAnchor == null && saved.getParagraphIds().size() == 1) {
                    paragraphAnchor = article.getParagraphs().stream().filter(p -> saved.getParagraphIds().contains(p.getId()))
                            .map(Provision::getAnchor).findFirst().orElse(null);
                }
            }
        }
    }

    private void adopt(Contribution contribution) {
        saved = contribution;
        id = contribution.getId();
        version = contribution.getVersion();
        draftId = contribution.getDraftId();
        text = new ContributionText(contribution.getKind(), contribution.getTitle(), CommentMarkup.toMarkdown(contribution.getCommentHtml()),
                contribution.getProposedWording(), contribution.getRationale(), contribution.getLanguage());
    }

    public String save() {
        if (!saveText()) {
            return null;
        }
        attachUpload();
        return null;
    }

    /** Saves the text (starting the contribution if needed); false when refused or in conflict. */
    private boolean saveText() {
        try {
            if (id == null) {
                Set<String> paragraphs = paragraphAnchor == null || paragraphAnchor.isBlank() ? Set.of() : Set.of(paragraphAnchor);
                Contribution started = contributions.start(draftId, articleAnchor, new HashSet<>(paragraphs));
                id = started.getId();
                version = started.getVersion();
            }
            Contribution written = contributions.write(id, version, forBoundary());
            saved = written;
            version = written.getVersion();
            theirs = null;
            Messages.info("contribution.saved");
            return true;
        } catch (Refusal refusal) {
            conflictOrRefusal(refusal);
            return false;
        }
    }

    /** The file chosen in the form, if any, attached after the text was saved. */
    private void attachUpload() {
        if (upload == null || upload.getSize() == 0 && (upload.getSubmittedFileName() == null || upload.getSubmittedFileName().isEmpty())) {
            return;
        }
        try (InputStream content = upload.getInputStream()) {
            Attachment attached = contributions.attach(id, upload.getSubmittedFileName(), content);
            Messages.info("attachment.added", attached.getFileName());
        } catch (Refusal refusal) {
            Messages.refused("contribution-form:file", refusal);
        } catch (IOException e) {
            Messages.refused("contribution-form:file", new Refusal("attachment.notStored"));
        } finally {
            upload = null;
        }
    }

    /** Saves the text, then removes one attachment. */
    public String detach(long attachmentId) {
        if (saveText()) {
            try {
                contributions.detach(id, attachmentId);
            } catch (Refusal refusal) {
                Messages.refused(null, refusal);
            }
        }
        return null;
    }

    /** What the organisation submitted so far, oldest first: each submission is kept as it was received. */
    public List<ContributionVersion> getVersions() {
        return saved == null || saved.getCurrentVersion() == 0 ? List.of() : contributions.versions(saved.getId());
    }

    public List<Attachment> getAttachments() {
        return saved == null ? List.of() : contributions.attachmentsOf(saved.getId());
    }

    public String submit() {
        save();
        if (theirs != null || saved == null || !Messages.noErrors()) {
            return null;
        }
        try {
            Contribution submitted = contributions.submit(id, version, submissionToken);
            Messages.keepForRedirect();
            return "/workspace/receipt?faces-redirect=true&id=" + submitted.getId();
        } catch (Refusal refusal) {
            conflictOrRefusal(refusal);
            return null;
        }
    }

    /** Replaces the form with the version another member saved. */
    public String takeTheirs() {
        if (theirs != null) {
            adopt(theirs);
            theirs = null;
        }
        return null;
    }

    private void conflictOrRefusal(Refusal refusal) {
        if ("concurrentChange".equals(refusal.getMessageKey()) && id != null) {
            theirs = contributions.mine(id);
        }
        Messages.refused(null, refusal);
    }

    private ContributionText forBoundary() {
        String comment = text.getComment();
        if (comment != null && comment.length() > MAX_MARKUP) {
            throw new Refusal("contribution.tooLong", getMaxWords());
        }
        return new ContributionText(text.getKind(), text.getTitle(), CommentMarkup.toHtml(comment),
                text.getProposedWording(), text.getRationale(), text.getLanguage());
    }

    /** The paragraph the contribution is about, when there is one. */
    public Optional<Provision> getParagraph() {
        if (article == null || paragraphAnchor == null) {
            return Optional.empty();
        }
        return article.getParagraphs().stream().filter(p -> p.getAnchor().equals(paragraphAnchor)).findFirst();
    }

    /** The proposed wording as insertions and deletions against the paragraph's text (escaped HTML). */
    public String getRedline() {
        if (text.getKind() == null || !text.getKind().hasProposedWording() || text.getProposedWording() == null
                || text.getProposedWording().isBlank()) {
            return null;
        }
        String current = getParagraph().map(Provision::getBody)
                .orElse(article == null ? "" : article.getArticle().getBody());
        WordDiff diff = new WordDiff();
        return diff.toHtml(diff.compare(current, text.getProposedWording()));
    }

    /** The organisations asked to co-sign, with where each stands (endorsed this very text, endorsed an earlier one, …). */
    public List<org.stakeholderportal.contribution.boundary.JointContributions.Standing> getCoSigners() {
        return saved == null ? List.of() : joint.of(saved.getId());
    }

    /** Accredited organisations of the process that could be invited: not this one, not suspended, not yet asked. */
    public List<org.stakeholderportal.organisation.entity.Organisation> getInvitable() {
        if (saved == null) {
            return List.of();
        }
        java.util.Set<Long> asked = new java.util.HashSet<>();
        getCoSigners().forEach(s -> asked.add(s.getOrganisation().getId()));
        return organisations.accredited(saved.getProcessId()).stream()
                .filter(a -> a.getStatus() == org.stakeholderportal.organisation.entity.AccreditationStatus.ACCREDITED)
                .map(org.stakeholderportal.organisation.entity.Accreditation::getOrganisation)
                .filter(o -> o.getId() != saved.getOrganisationId() && !asked.contains(o.getId()))
                .sorted(java.util.Comparator.comparing(org.stakeholderportal.organisation.entity.Organisation::getName)).toList();
    }

    /** Saves the text, then invites the organisation chosen to co-sign it. */
    public String invite() {
        if (!saveText() || inviteOrganisationId == null) {
            return null;
        }
        try {
            joint.invite(id, inviteOrganisationId);
            Messages.info("joint.invited");
            inviteOrganisationId = null;
        } catch (Refusal refusal) {
            Messages.refused("contribution-form:invite-organisation", refusal);
        }
        return null;
    }

    public Long getInviteOrganisationId() { return inviteOrganisationId; }
    public void setInviteOrganisationId(Long inviteOrganisationId) { this.inviteOrganisationId = inviteOrganisationId; }

    public ContributionKind[] getKinds() {
        return ContributionKind.values();
    }

    /** The languages the process accepts; a saved text in one no longer offered stays listed, so the form shows it. */
    public List<String> getLanguages() {
        List<String> offered = rules().getLanguages();
        String current = text.getLanguage();
        if (current == null || offered.contains(current)) {
            return offered;
        }
        return ProcessSettings.ALL_LANGUAGES.stream().filter(l -> offered.contains(l) || l.equals(current)).toList();
    }

    public int getMaxWords() { return rules().getMaxWords(); }
    public int getMaxAttachments() { return rules().getMaxAttachments(); }

    /** The process's current limits and languages, read at each use so a change by the secretariat shows at once. */
    private ProcessSettings rules() {
        if (processId == null && saved != null) {
            processId = saved.getProcessId();
        } else if (processId == null && draftId != null) {
            processId = drafts.draft(draftId).map(d -> d.getProcess().getId()).orElse(null);
        }
        return processId == null ? new ProcessSettings(0) : settings.of(processId);
    }

    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getDraftId() { return draftId; }
    public void setDraftId(Long draftId) { this.draftId = draftId; }
    public String getArticleAnchor() { return articleAnchor; }
    public void setArticleAnchor(String articleAnchor) { this.articleAnchor = articleAnchor; }
    public String getParagraphAnchor() { return paragraphAnchor; }
    public void setParagraphAnchor(String paragraphAnchor) { this.paragraphAnchor = paragraphAnchor; }
    public ContributionText getText() { return text; }
    public Contribution getSaved() { return saved; }
    public Contribution getTheirs() { return theirs; }
    public ArticleText getArticle() { return article; }
}
