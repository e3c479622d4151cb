package org.stakeholderportal.contribution.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.contribution.control.AttachmentInspector;
import org.stakeholderportal.contribution.control.AttachmentNames;
import org.stakeholderportal.contribution.control.AttachmentStore;
import org.stakeholderportal.contribution.control.AttachmentType;
import org.stakeholderportal.contribution.control.CommentSanitizer;
import org.stakeholderportal.contribution.control.ContributionLifecycle;
import org.stakeholderportal.contribution.control.SubmissionNumbers;
import org.stakeholderportal.notification.entity.OutgoingMail;
import org.stakeholderportal.contribution.entity.Attachment;
import org.stakeholderportal.contribution.entity.ContributionVersion;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.contribution.entity.ContributionText;
import org.stakeholderportal.draft.boundary.ConsultationWindows;
import org.stakeholderportal.notification.control.Mailbox;
import org.stakeholderportal.draft.control.NodeKind;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.Provision;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.control.OrganisationRegistry;
import org.stakeholderportal.organisation.entity.Membership;
import org.stakeholderportal.organisation.entity.Contributor;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.settings.boundary.Settings;
import org.stakeholderportal.settings.entity.ProcessSettings;

/**
 * Contributions as their organisation writes them: start one on a draft, an article or some paragraphs; write
 * it (autosaved drafts, checked against concurrent edits); submit it before the deadline; withdraw it before
 * publication. Every rule is checked here, whatever page or API the request comes from. A member of another
 * organisation is told that the contribution does not exist, so unpublished work never leaks.
 */
@Stateless
public class Contributions {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Contributions.class.getName());

    @Inject
    org.stakeholderportal.platform.control.PortalMetrics metrics;

    static final int MAX_TITLE = 300;
    static final int MAX_CHARACTERS = 60_000;
    private static final Pattern CLIENT_TOKEN = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @EJB
    Organisations organisations;

    @EJB
    ConsultationWindows windows;

    @Inject
    OrganisationRegistry registry;

    @Inject
    Mailbox mailbox;

    @Inject
    AttachmentStore store;

    @Inject
    SubmissionNumbers numbers;

    @Inject
    org.stakeholderportal.contribution.control.ListedCoSigners coSigners;

    /** The process's limits and languages, read at each use so a change by the secretariat applies at once. */
    @EJB
    Settings settings;

    @Resource
    SessionContext context;

    /**
     * Starts a contribution of the caller's organisation: on the whole draft (no article), on an article, or on
     * some of its paragraphs.
     */
    @RolesAllowed(Roles.STAKEHOLDER)
    public Contribution start(long draftId, String articleAnchor, Set<String> paragraphAnchors) {
        Draft draft = em.find(Draft.class, draftId);
        if (draft == null) {
            throw new Refusal("draft.unknown", draftId);
        }
        Contributor contributor = organisations.requireContributor(draft.getProcess().getId());
        Long articleId = null;
        Set<Long> paragraphIds = new HashSet<>();
        if (articleAnchor != null && !articleAnchor.isBlank()) {
            Provision article = provision(draftId, articleAnchor)
                    .filter(p -> p.getKind() == NodeKind.ARTICLE)
                    .orElseThrow(() -> new Refusal("contribution.articleUnknown", articleAnchor));
            articleId = article.getId();
            for (String anchor : paragraphAnchors == null ? Set.<String>of() : paragraphAnchors) {
                Provision paragraph = provision(draftId, anchor)
                        .filter(p -> p.getArticle() != null && p.getArticle().getId().equals(article.getId()) && !p.isArticle())
                        .orElseThrow(() -> new Refusal("contribution.paragraphNotInArticle", anchor));
                paragraphIds.add(paragraph.getId());
            }
        } else if (paragraphAnchors != null && !paragraphAnchors.isEmpty()) {
            throw new Refusal("contribution.paragraphNotInArticle", paragraphAnchors.iterator().next());
        }
        Contribution contribution = new Contribution(draft.getProcess().getId(), draftId, articleId, paragraphIds,
                contributor.getOrganisationId(), caller(), clock.now());
        em.persist(contribution);
        em.flush();
        audit.record("contribution.started", "Contribution", contribution.getId(), "draft=" + draftId + "; article="
                + articleAnchor + "; organisation=" + contributor.getOrganisationId());
        return contribution;
    }

    /** Saves the text (also used by autosave). {@code expectedVersion} is the version the writer started from. */
    @RolesAllowed(Roles.STAKEHOLDER)
    public Contribution write(long contributionId, long expectedVersion, ContributionText text) {
        Contribution contribution = ownForChange(contributionId, expectedVersion);
        Checked checked = check(text, settings.of(contribution.getProcessId()));
        contribution.write(checked.kind, checked.title, checked.comment, checked.proposedWording, checked.rationale,
                checked.language, caller(), clock.now());
        return contribution;
    }

    /**
     * Submits the contribution before the deadline. A retry with the same client token (a double click, a
     * lost answer) returns the submission already made instead of making another.
     */
    @RolesAllowed(Roles.STAKEHOLDER)
    public Contribution submit(long contributionId, long expectedVersion, String clientToken) {
        if (clientToken != null && !CLIENT_TOKEN.matcher(clientToken).matches()) {
            throw new Refusal("contribution.clientTokenInvalid");
        }
        lockOrganisationOf(contributionId);
        Contribution contribution = own(contributionId, LockModeType.PESSIMISTIC_WRITE);
        if (clientToken != null && clientToken.equals(contribution.getClientToken())
                && contribution.getStatus() != ContributionStatus.DRAFT && contribution.getStatus() != ContributionStatus.RETURNED_FOR_REVISION) {
            return contribution;
        }
        if (contribution.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        organisations.requireContributor(contribution.getProcessId());
        if (contribution.getArticleId() == null) {
            windows.requireOpenForDraft(contribution.getDraftId());
        } else {
            windows.requireOpen(contribution.getDraftId(), contribution.getArticleId());
        }
        ProcessSettings rules = settings.of(contribution.getProcessId());
        check(new ContributionText(contribution.getKind(), contribution.getTitle(), contribution.getCommentHtml(),
                contribution.getProposedWording(), contribution.getRationale(), contribution.getLanguage()), rules);
        List<Attachment> attached = attachments(contributionId);
        if (attached.size() > rules.getMaxAttachments()) {
            throw new Refusal("attachment.tooMany", rules.getMaxAttachments());
        }
        List<String> attachmentLines = attached.stream().map(Attachment::line).toList();
        requireNotARepeat(contribution, attachmentLines);
        requireUnderDailyLimit(contribution, rules.getMaxSubmissionsPerDay());
        contribution.submit(clientToken, attachmentLines, caller(), clock.now());
        em.persist(new ContributionVersion(contribution, String.join("\n", attachmentLines)));
        // Co-signers are listed on this version only if they endorsed exactly the text submitted (see JointContributions).
        em.createQuery("select s from CoSignature s where s.contributionId = :c", org.stakeholderportal.contribution.entity.CoSignature.class)
                .setParameter("c", contributionId).getResultList()
                .forEach(s -> s.listIn(s.endorses(contribution.getChecksum()) ? contribution.getCurrentVersion() : null));
        // Everything that does not need the number is done before it is taken: the process's counter stays locked from
        // then to the commit, and every submission of the process waits for it. The mails are written with a
        // placeholder for a new number and only queued once it is known.
        String number = contribution.getSubmissionNumber() == null ? SubmissionNumbers.PENDING : contribution.getSubmissionNumber();
        String prefix = numbers.prefix(contribution.getProcessId());
        List<OutgoingMail> mails = new ArrayList<>(coSigners.compose(contribution, "joint.submitted", number, contribution.getTitle(),
                em.find(org.stakeholderportal.organisation.entity.Organisation.class, contribution.getOrganisationId()).getName()));
        mailbox.composeToPerson(caller(), "contribution.receipt", number, contribution.getTitle(),
                contribution.getSubmittedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), contribution.getChecksum())
                .ifPresent(mails::add);
        audit.person(caller());
        em.flush();
        if (contribution.getSubmissionNumber() == null) {
            contribution.number(numbers.next(contribution.getProcessId(), prefix, clock.now()));
        }
        mails.forEach(mail -> mailbox.queue(mail.fillIn(SubmissionNumbers.PENDING, contribution.getSubmissionNumber())));
        audit.record("contribution.submitted", "Contribution", contributionId, "number=" + contribution.getSubmissionNumber()
                + "; version=" + contribution.getCurrentVersion() + "; checksum=" + contribution.getChecksum());
        metrics.submissionReceived();
        // Numbers only: the text of a contribution never goes to the log.
        LOG.info(() -> "Contribution " + contributionId + " submitted as " + contribution.getSubmissionNumber() + " version "
                + contribution.getCurrentVersion());
        return contribution;
    }

    /** Withdraws the contribution; possible until the secretariat publishes it. */
    @RolesAllowed(Roles.STAKEHOLDER)
    public Contribution withdraw(long contributionId, long expectedVersion) {
        Contribution contribution = ownForChange(contributionId, expectedVersion);
        ContributionStatus before = contribution.getStatus();
        contribution.withdraw(caller(), clock.now());
        audit.record("contribution.withdrawn", "Contribution", contributionId, "status: " + before + " -> WITHDRAWN");
        return contribution;
    }

    /**
     * Attaches a document (PDF, DOCX or ODT, checked by its content) while the contribution can still be edited;
     * at most as many as the process allows. The file is stored under its checksum outside the web root.
     */
    @RolesAllowed(Roles.STAKEHOLDER)
    public Attachment attach(long contributionId, String fileName, InputStream content) {
        Contribution contribution = own(contributionId, LockModeType.PESSIMISTIC_WRITE);
        if (!ContributionLifecycle.editable(contribution.getStatus())) {
            throw new Refusal("contribution.notEditable", contribution.getStatus().name());
        }
        int maxAttachments = settings.of(contribution.getProcessId()).getMaxAttachments();
        if (attachments(contributionId).size() >= maxAttachments) {
            throw new Refusal("attachment.tooMany", maxAttachments);
        }
        AttachmentStore.Received received = store.receive(content, AttachmentInspector.MAX_BYTES);
        AttachmentType type;
        try {
            type = AttachmentInspector.inspect(received.file(), received.size());
        } catch (RuntimeException refused) {
            store.discard(received);
            throw refused;
        }
        store.keep(received);
        Attachment attachment = new Attachment(contributionId, AttachmentNames.sanitize(fileName, type), type.mediaType(),
                received.size(), received.sha256(), caller(), clock.now());
        em.persist(attachment);
        em.flush();
        audit.record("contribution.attached", "Contribution", contributionId, "attachment=" + attachment.getId() + "; "
                + attachment.line());
        return attachment;
    }

    /** Removes a document from a contribution that can still be edited (earlier submitted versions keep it). */
    @RolesAllowed(Roles.STAKEHOLDER)
    public void detach(long contributionId, long attachmentId) {
        Contribution contribution = own(contributionId, LockModeType.PESSIMISTIC_WRITE);
        if (!ContributionLifecycle.editable(contribution.getStatus())) {
            throw new Refusal("contribution.notEditable", contribution.getStatus().name());
        }
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getContributionId() != contributionId || attachment.getDetachedAt() != null) {
            throw new Refusal("attachment.unknown");
        }
        attachment.detach(clock.now());
        audit.record("contribution.detached", "Contribution", contributionId, "attachment=" + attachmentId + "; " + attachment.line());
    }

    /** The documents currently attached, in the order they were added. */
    @RolesAllowed({Roles.STAKEHOLDER, Roles.SECRETARIAT})
    public List<Attachment> attachmentsOf(long contributionId) {
        readable(em.find(Contribution.class, contributionId), contributionId);
        return attachments(contributionId);
    }

    /**
     * An attachment's file for download: anyone may have those of a published contribution; otherwise only the
     * organisation's members and the secretariat. For everyone else it does not exist.
     */
    @PermitAll
    public StoredAttachment download(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new Refusal("attachment.unknown");
        }
        Contribution contribution = em.find(Contribution.class, attachment.getContributionId());
        if (contribution.getStatus() != ContributionStatus.PUBLISHED) {
            readable(contribution, contribution.getId());
        }
        return new StoredAttachment(attachment, store.path(attachment.getSha256()));
    }

    /** An attachment and where its file lies. */
    public record StoredAttachment(Attachment attachment, java.nio.file.Path file) {
    }

    /** The submitted versions of a contribution of the caller's organisation (or any, for the secretariat), oldest first. */
    @RolesAllowed({Roles.STAKEHOLDER, Roles.SECRETARIAT})
    public List<ContributionVersion> versions(long contributionId) {
        readable(em.find(Contribution.class, contributionId), contributionId);
        return em.createQuery("select v from ContributionVersion v where v.contributionId = :c order by v.number",
                ContributionVersion.class).setParameter("c", contributionId).getResultList();
    }

    private List<Attachment> attachments(long contributionId) {
        return em.createQuery("select a from Attachment a where a.contributionId = :c and a.detachedAt is null order by a.id",
                Attachment.class).setParameter("c", contributionId).getResultList();
    }

    /**
     * The secretariat reads every contribution once submitted (a draft is the organisation's own, as on the review
     * pages); a member only those of their organisation.
     */
    private void readable(Contribution contribution, long contributionId) {
        if (contribution == null) {
            throw new Refusal("contribution.unknown", contributionId);
        }
        if (context.isCallerInRole(Roles.SECRETARIAT) && contribution.getStatus() != ContributionStatus.DRAFT) {
            return;
        }
        own(contributionId, LockModeType.NONE);
    }

    /** One contribution of the caller's organisation, in any state. */
    @RolesAllowed(Roles.STAKEHOLDER)
    public Contribution mine(long contributionId) {
        return own(contributionId, LockModeType.NONE);
    }

    /** All contributions of the caller's organisation in the process, newest first. */
    @RolesAllowed(Roles.STAKEHOLDER)
    public List<Contribution> ofMyOrganisation(long processId) {
        long organisationId = registry.membership(processId, caller()).filter(Membership::isActive)
                .orElseThrow(() -> new Refusal("contributor.notMember")).getOrganisation().getId();
        return em.createQuery("select c from Contribution c where c.organisationId = :o and c.processId = :p"
                        + " order by c.updatedAt desc", Contribution.class)
                .setParameter("o", organisationId).setParameter("p", processId).getResultList();
    }

    /** Published contributions per article of a draft (article id → count); general comments under null. */
    @PermitAll
    public Map<Long, Long> publishedPerArticle(long draftId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select c.articleId, count(c) from Contribution c where c.draftId = :d and c.status = :published"
                        + " group by c.articleId", Object[].class)
                .setParameter("d", draftId).setParameter("published", ContributionStatus.PUBLISHED).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Published contributions per organisation in a process (organisation id → count). */
    @PermitAll
    public Map<Long, Long> publishedPerOrganisation(long processId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select c.organisationId, count(c) from Contribution c where c.processId = :p and c.status = :published"
                        + " group by c.organisationId", Object[].class)
                .setParameter("p", processId).setParameter("published", ContributionStatus.PUBLISHED).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private Contribution ownForChange(long contributionId, long expectedVersion) {
        Contribution contribution = own(contributionId, LockModeType.PESSIMISTIC_WRITE);
        if (contribution.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        return contribution;
    }

    /** The contribution if the caller is an active member of its organisation; otherwise, for them, it does not exist. */
    private Contribution own(long contributionId, LockModeType lock) {
        Contribution contribution = em.find(Contribution.class, contributionId, lock);
        if (contribution == null) {
            throw new Refusal("contribution.unknown", contributionId);
        }
        boolean member = registry.membership(contribution.getProcessId(), caller())
                .filter(m -> m.isActive() && m.getOrganisation().getId() == contribution.getOrganisationId())
                .isPresent();
        if (!member) {
            throw new Refusal("contribution.unknown", contributionId);
        }
        return contribution;
    }

    private Checked check(ContributionText text, ProcessSettings rules) {
        int maxWords = rules.getMaxWords();
        if (text == null) {
            throw new Refusal("contribution.empty");
        }
        ContributionKind kind = text.getKind() == null ? ContributionKind.GENERAL_COMMENT : text.getKind();
        String title = text.getTitle() == null ? "" : text.getTitle().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new Refusal("contribution.titleLength", MAX_TITLE);
        }
        String comment = CommentSanitizer.sanitize(text.getComment());
        String commentText = CommentSanitizer.text(comment);
        if (commentText.isEmpty()) {
            throw new Refusal("contribution.empty");
        }
        if (comment.length() > MAX_CHARACTERS || words(commentText) > maxWords) {
            throw new Refusal("contribution.tooLong", maxWords);
        }
        String wording = text.getProposedWording() == null ? null : text.getProposedWording().strip();
        if (kind.hasProposedWording() && (wording == null || wording.isEmpty())) {
            throw new Refusal("contribution.wordingMissing");
        }
        if (wording != null && (wording.length() > MAX_CHARACTERS || words(wording) > maxWords)) {
            throw new Refusal("contribution.tooLong", maxWords);
        }
        String rationale = text.getRationale() == null ? null : text.getRationale().strip();
        if (rationale != null && (rationale.length() > MAX_CHARACTERS || words(rationale) > maxWords)) {
            throw new Refusal("contribution.tooLong", maxWords);
        }
        String language = text.getLanguage() == null ? "" : text.getLanguage();
        if (!ProcessSettings.ALL_LANGUAGES.contains(language)) {
            throw new Refusal("contribution.languageUnknown", (Object) language);
        }
        if (!rules.offers(language)) {
            throw new Refusal("contribution.languageNotOffered", (Object) language);
        }
        return new Checked(kind, title, comment, kind.hasProposedWording() ? wording : null,
                rationale == null || rationale.isEmpty() ? null : rationale, language);
    }

    /** The same text already submitted by the organisation on the same place is refused: nothing new would be said. */
    private void requireNotARepeat(Contribution contribution, List<String> attachmentLines) {
        String checksum = contribution.computeChecksum(attachmentLines);
        boolean repeat = !em.createQuery("select c.id from Contribution c where c.organisationId = :o and c.checksum = :sum"
                        + " and c.id <> :id and c.status <> :withdrawn", Long.class)
                .setParameter("o", contribution.getOrganisationId()).setParameter("sum", checksum)
                .setParameter("id", contribution.getId()).setParameter("withdrawn", ContributionStatus.WITHDRAWN)
                .setMaxResults(1).getResultList().isEmpty();
        if (repeat) {
            throw new Refusal("contribution.repeat");
        }
    }

    /**
     * Submissions of one organisation take turns, so that the daily limit counts them all: the contribution and then
     * its organisation are locked, always in that order, by the transaction's first statements. They are locking
     * reads, which do not fix the transaction's snapshot (InnoDB takes it at the first plain read), so the count
     * after them sees every submission committed while this one waited.
     */
    private void lockOrganisationOf(long contributionId) {
        em.createNativeQuery("SELECT organisation_id FROM contribution WHERE id = ?1 FOR UPDATE").setParameter(1, contributionId)
                .getResultStream().findFirst()
                .ifPresent(organisation -> em.createNativeQuery("SELECT id FROM organisation WHERE id = ?1 FOR UPDATE")
                        .setParameter(1, ((Number) organisation).longValue()).getResultList());
    }

    /**
     * The limit is the process's, over the last 24 hours. A plain read: a locking one would lock the organisation's
     * other contributions too, and a colleague starting a contribution at that moment (whose new row checks the
     * organisation it names) would deadlock with it.
     */
    private void requireUnderDailyLimit(Contribution contribution, int maxPerDay) {
        Instant since = clock.now().minus(Duration.ofDays(1));
        long today = em.createQuery("select count(c) from Contribution c where c.organisationId = :o and c.processId = :p"
                        + " and c.submittedAt >= :since", Long.class)
                .setParameter("o", contribution.getOrganisationId()).setParameter("p", contribution.getProcessId())
                .setParameter("since", since).getSingleResult();
        if (today >= maxPerDay) {
            throw new Refusal("contribution.dailyLimit", maxPerDay);
        }
    }

    private Optional<Provision> provision(long draftId, String anchor) {
        return em.createQuery("select p from Provision p left join fetch p.article where p.draftId = :d and p.anchor = :a",
                        Provision.class)
                .setParameter("d", draftId).setParameter("a", anchor).getResultStream().findFirst();
    }

    private static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    /** A contribution's text after the rules: sanitised and within limits. */
    private static final class Checked {
        final ContributionKind kind;
        final String title;
        final String comment;
        final String proposedWording;
        final String rationale;
        final String language;

        Checked(ContributionKind kind, String title, String comment, String proposedWording, String rationale, String language) {
            this.kind = kind;
            this.title = title;
            this.comment = comment;
            this.proposedWording = proposedWording;
            this.rationale = rationale;
            this.language = language;
        }
    }
}
