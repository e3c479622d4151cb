package org.stakeholderportal.review.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.contribution.control.CommentSanitizer;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.notification.control.Mailbox;
import org.stakeholderportal.notification.entity.OutgoingMail;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.review.control.NearDuplicates;
import org.stakeholderportal.review.entity.Dashboard;
import org.stakeholderportal.review.entity.QueueEntry;
import org.stakeholderportal.review.entity.ReviewDecision;
import org.stakeholderportal.review.entity.ReviewNote;
import org.stakeholderportal.review.entity.ReviewQuery;

/**
 * The secretariat's review: the queue (filtered, sorted and paged in the database), assignment, internal notes,
 * decisions with their reasons, mailed to the organisation, and groups of near-identical input. Two reviewers
 * deciding the same contribution: the second is told, nothing is overwritten.
 */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class Reviews {

    static final int MAX_MESSAGE = 4000;
    static final int MAX_NOTE = 4000;

    @Inject
    org.stakeholderportal.platform.control.PortalMetrics metrics;
    static final int MAX_CLUSTERED = 20_000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @Inject
    Mailbox mailbox;

    @Resource
    SessionContext context;

    @Inject
    org.stakeholderportal.contribution.control.ListedCoSigners coSigners;

    /** A page of the queue. */
    public List<QueueEntry> queue(ReviewQuery query, int first, int pageSize) {
        String select = "select new org.stakeholderportal.review.entity.QueueEntry(c.id, c.version, c.submissionNumber, c.title,"
                + " c.status, c.kind, c.language, a.num, a.heading, o.name, o.category, o.region, c.submittedAt, c.assignedTo)";
        TypedQuery<QueueEntry> typed = em.createQuery(select + from(query) + " order by " + order(query), QueueEntry.class);
        bind(typed, query);
        return withCoSigners(typed.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 200))).getResultList());
    }

    /** The entries, each with the organisations listed as co-signers of its submitted version (one query for the page). */
    private List<QueueEntry> withCoSigners(List<QueueEntry> entries) {
        if (!entries.isEmpty()) {
            Map<Long, List<Organisation>> listed = coSigners.of(entries.stream().map(QueueEntry::getId).toList());
            entries.forEach(e -> e.setCoSigners(listed.getOrDefault(e.getId(), List.of()).stream().map(Organisation::getName).toList()));
        }
        return entries;
    }

    public long count(ReviewQuery query) {
        TypedQuery<Long> typed = em.createQuery("select count(c)" + from(query), Long.class);
        bind(typed, query);
        return typed.getSingleResult();
    }

    /** How many contributions of the process stand in each status (drafts excluded: they are the organisations' own). */
    public Map<ContributionStatus, Long> countsPerStatus(long processId) {
        Map<ContributionStatus, Long> counts = new EnumMap<>(ContributionStatus.class);
        for (ContributionStatus status : ContributionStatus.values()) {
            if (status != ContributionStatus.DRAFT) {
                counts.put(status, 0L);
            }
        }
        em.createQuery("select c.status, count(c) from Contribution c where c.processId = :p and c.status <> :draft group by c.status",
                        Object[].class)
                .setParameter("p", processId).setParameter("draft", ContributionStatus.DRAFT).getResultList()
                .forEach(row -> counts.put((ContributionStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** A submitted contribution, whatever its state after submission. Drafts are the organisation's, not the secretariat's. */
    public Contribution contribution(long contributionId) {
        Contribution contribution = em.find(Contribution.class, contributionId);
        if (contribution == null || contribution.getStatus() == ContributionStatus.DRAFT) {
            throw new Refusal("contribution.unknown", contributionId);
        }
        return contribution;
    }

    public Organisation organisationOf(Contribution contribution) {
        return em.find(Organisation.class, contribution.getOrganisationId());
    }

    /** Assigns a submitted contribution to a reviewer (the caller when none is named): it is then under review. */
    public Contribution assign(long contributionId, long expectedVersion, String reviewer) {
        Contribution contribution = forChange(contributionId, expectedVersion);
        String to = reviewer == null || reviewer.isBlank() ? caller() : reviewer.strip();
        String before = (contribution.getAssignedTo() == null ? "null" : audit.person(contribution.getAssignedTo())) + ", "
                + contribution.getStatus();
        contribution.assign(to);
        audit.record("contribution.assigned", "Contribution", contributionId, "assigned: " + before + " -> " + audit.person(to) + ", "
                + contribution.getStatus());
        return contribution;
    }

    /**
     * Publishes, returns for revision (a message to the submitter is required) or rejects (a reason code from the
     * configured list is required) one contribution. The organisation is mailed in the same transaction's outbox.
     */
    public Contribution decide(long contributionId, long expectedVersion, ReviewDecision decision, String reasonCode, String message) {
        if (decision == null) {
            throw new Refusal("review.decisionMissing");
        }
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > MAX_MESSAGE) {
            throw new Refusal("review.messageTooLong", MAX_MESSAGE);
        }
        String reason = reasonCode == null || reasonCode.isBlank() ? null : reasonCode;
        if (decision == ReviewDecision.REJECT && (reason == null || !reasons().contains(reason))) {
            throw new Refusal("review.reasonMissing");
        }
        if (decision != ReviewDecision.REJECT) {
            reason = null;
        }
        if (decision == ReviewDecision.RETURN_FOR_REVISION && text == null) {
            throw new Refusal("review.messageMissing");
        }
        Contribution contribution = forChange(contributionId, expectedVersion);
        ContributionStatus before = contribution.getStatus();
        contribution.decide(decision.outcome(), reason, text, caller(), clock.now());
        Organisation organisation = organisationOf(contribution);
        Object[] arguments = {contribution.getSubmissionNumber(), contribution.getTitle(), organisation.getName(),
                text == null ? "" : text, new Mailbox.Label(reason == null ? "noReason" : "reason." + reason)};
        mailbox.sendToPerson(contribution.getSubmittedBy(), "review." + decision.name(), arguments);
        coSigners.tell(contribution, "review." + decision.name(), arguments);
        String submitterEmail = em.createQuery("select p.email from Person p where p.username = :u and p.email is not null", String.class)
                .setParameter("u", contribution.getSubmittedBy()).getResultStream().findFirst().orElse(null);
        if (!String.valueOf(organisation.getContactEmail()).equalsIgnoreCase(String.valueOf(submitterEmail))) {
            mailbox.send(organisation.getContactEmail(), java.util.Locale.ENGLISH, "review." + decision.name(), arguments);
        }
        audit.record("contribution.decided", "Contribution", contributionId, "status: " + before + " -> " + contribution.getStatus()
                + (reason == null ? "" : "; reason=" + reason) + (text == null ? "" : "; message=" + text));
        metrics.decision(contribution.getStatus().name());
        return contribution;
    }

    /**
     * The same decision on a selection (id → the version the reviewer saw). Each contribution is decided in its
     * own transaction, so one conflict does not undo the others; the answer says which were refused and why.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BulkOutcome decideAll(Map<Long, Long> selection, ReviewDecision decision, String reasonCode, String message) {
        Reviews self = context.getBusinessObject(Reviews.class);
        List<Long> decided = new ArrayList<>();
        Map<Long, Refusal> refused = new LinkedHashMap<>();
        selection.forEach((id, version) -> {
            try {
                self.decide(id, version, decision, reasonCode, message);
                decided.add(id);
            } catch (Refusal refusal) {
                refused.put(id, refusal);
            }
        });
        return new BulkOutcome(decided, refused);
    }

    /** Which contributions of a selection were decided, and why the others were not. */
    public record BulkOutcome(List<Long> decided, Map<Long, Refusal> refused) {
    }

    /** Adds an internal note; the organisation and the public never see notes. */
    public ReviewNote note(long contributionId, String body) {
        contribution(contributionId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_NOTE) {
            throw new Refusal("review.noteLength", MAX_NOTE);
        }
        ReviewNote note = new ReviewNote(contributionId, caller(), clock.now(), text);
        em.persist(note);
        em.flush();
        audit.record("contribution.noted", "Contribution", contributionId, "note=" + note.getId());
        return note;
    }

    public List<ReviewNote> notes(long contributionId) {
        return em.createQuery("select n from ReviewNote n where n.contributionId = :c order by n.id", ReviewNote.class)
                .setParameter("c", contributionId).getResultList();
    }

    /** The reason codes a rejection may give, in the secretariat's order (the configurable rejection_reason table). */
    @SuppressWarnings("unchecked")
    public List<String> reasons() {
        return em.createNativeQuery("SELECT code FROM rejection_reason WHERE active ORDER BY position, code").getResultList();
    }

    /**
     * Groups of near-identical contributions still waiting for a decision (campaigns, copy-paste), largest first.
     * Each group lists contribution ids in submission order.
     */
    public List<List<Long>> clusters(long processId) {
        Map<Long, String> texts = new LinkedHashMap<>();
        em.createQuery("select c.id, c.title, c.commentHtml, c.proposedWording from Contribution c where c.processId = :p"
                        + " and c.status in :waiting order by c.id", Object[].class)
                .setParameter("p", processId).setParameter("waiting", List.of(ContributionStatus.SUBMITTED, ContributionStatus.UNDER_REVIEW))
                .setMaxResults(MAX_CLUSTERED)
                .getResultStream()
                .forEach(row -> texts.put((Long) row[0], row[1] + " " + CommentSanitizer.text((String) row[2]) + " "
                        + (row[3] == null ? "" : row[3])));
        return NearDuplicates.clustersOfTexts(texts, NearDuplicates.DEFAULT_THRESHOLD);
    }

    /** The queue entries of some contributions (e.g. one group of near-duplicates), in the order given. */
    public List<QueueEntry> entries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, QueueEntry> byId = em.createQuery("select new org.stakeholderportal.review.entity.QueueEntry(c.id, c.version,"
                        + " c.submissionNumber, c.title, c.status, c.kind, c.language, a.num, a.heading, o.name, o.category, o.region,"
                        + " c.submittedAt, c.assignedTo) from Contribution c join Organisation o on o.id = c.organisationId"
                        + " left join Provision a on a.id = c.articleId where c.id in :ids", QueueEntry.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(QueueEntry::getId, e -> e));
        return withCoSigners(ids.stream().filter(byId::containsKey).map(byId::get).toList());
    }

    /** Submissions per day (last 30 days, UTC) and per article, backlog, time to decision and the mail queue. */
    @SuppressWarnings("unchecked")
    public Dashboard dashboard(long processId) {
        LocalDate today = clock.now().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate since = today.minusDays(29);
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        for (LocalDate day = since; !day.isAfter(today); day = day.plusDays(1)) {
            days.put(day, 0L);
        }
        ((List<Object[]>) em.createNativeQuery("SELECT DATE(submitted_at), COUNT(*) FROM contribution WHERE process_id = ?1"
                        + " AND submitted_at >= ?2 GROUP BY DATE(submitted_at)")
                .setParameter(1, processId).setParameter(2, since.atStartOfDay()).getResultList())
                .forEach(row -> days.computeIfPresent(toDate(row[0]), (day, zero) -> ((Number) row[1]).longValue()));
        List<Dashboard.Bar> perDay = days.entrySet().stream().map(e -> new Dashboard.Bar(e.getKey().toString(), e.getKey(), e.getValue()))
                .toList();
        List<Dashboard.Bar> perArticle = em.createQuery("select coalesce(a.num, ''), count(c) from Contribution c"
                        + " left join Provision a on a.id = c.articleId where c.processId = :p and c.status <> :draft"
                        + " group by a.num order by count(c) desc, a.num", Object[].class)
                .setParameter("p", processId).setParameter("draft", ContributionStatus.DRAFT).setMaxResults(20).getResultStream()
                .map(row -> new Dashboard.Bar((String) row[0], null, (Long) row[1])).toList();
        Map<ContributionStatus, Long> perStatus = countsPerStatus(processId);
        long backlog = perStatus.get(ContributionStatus.SUBMITTED) + perStatus.get(ContributionStatus.UNDER_REVIEW);
        Object[] speed = (Object[]) em.createNativeQuery("SELECT COUNT(*), AVG(TIMESTAMPDIFF(SECOND, submitted_at, decided_at))"
                        + " FROM contribution WHERE process_id = ?1 AND decided_at IS NOT NULL").setParameter(1, processId)
                .getSingleResult();
        Double hours = speed[1] == null ? null : ((Number) speed[1]).doubleValue() / 3600.0;
        Map<OutgoingMail.Status, Long> mail = new EnumMap<>(OutgoingMail.Status.class);
        em.createQuery("select m.status, count(m) from OutgoingMail m where m.status <> :sent group by m.status", Object[].class)
                .setParameter("sent", OutgoingMail.Status.SENT).getResultList()
                .forEach(row -> mail.put((OutgoingMail.Status) row[0], (Long) row[1]));
        return new Dashboard(perDay, perArticle, perStatus, backlog, ((Number) speed[0]).longValue(), hours,
                mail.getOrDefault(OutgoingMail.Status.PENDING, 0L), mail.getOrDefault(OutgoingMail.Status.FAILED, 0L));
    }

    /** Mails that could not be delivered after every retry, newest first, for the secretariat to act on. */
    public List<OutgoingMail> failedMails(int max) {
        return em.createQuery("select m from OutgoingMail m where m.status = :failed order by m.id desc", OutgoingMail.class)
                .setParameter("failed", OutgoingMail.Status.FAILED).setMaxResults(max).getResultList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
    }

    private Contribution forChange(long contributionId, long expectedVersion) {
        Contribution contribution = em.find(Contribution.class, contributionId, LockModeType.PESSIMISTIC_WRITE);
        if (contribution == null || contribution.getStatus() == ContributionStatus.DRAFT) {
            throw new Refusal("contribution.unknown", contributionId);
        }
        if (contribution.getVersion() != expectedVersion) {
            if (contribution.getDecidedBy() != null) {
                throw new Refusal("review.alreadyDecided", contribution.getSubmissionNumber(), contribution.getDecidedBy(),
                        contribution.getStatus().name());
            }
            throw new Refusal("concurrentChange");
        }
        return contribution;
    }

    private static String from(ReviewQuery query) {
        StringBuilder jpql = new StringBuilder(" from Contribution c join Organisation o on o.id = c.organisationId"
                + " left join Provision a on a.id = c.articleId where c.processId = :process");
        jpql.append(query.getStatus() == null ? " and c.status <> :draft" : " and c.status = :status");
        if (query.getDraftId() != null) jpql.append(" and c.draftId = :draftId");
        if (blank(query.getArticleNum()) != null) jpql.append(" and a.num = :article");
        if (blank(query.getCategory()) != null) jpql.append(" and o.category = :category");
        if (query.getRegion() != null) jpql.append(" and o.region = :region");
        if (blank(query.getLanguage()) != null) jpql.append(" and c.language = :language");
        if (query.getKind() != null) jpql.append(" and c.kind = :kind");
        if (query.getSubmittedFrom() != null) jpql.append(" and c.submittedAt >= :from");
        if (query.getSubmittedTo() != null) jpql.append(" and c.submittedAt < :to");
        if (blank(query.getAssignedTo()) != null) jpql.append(" and c.assignedTo = :assignee");
        if (query.isJointOnly()) {
            jpql.append(" and exists (select s.id from CoSignature s where s.contributionId = c.id and s.listedInVersion = c.currentVersion)");
        }
        if (blank(query.getText()) != null) {
            jpql.append(" and (c.title like :text or c.commentHtml like :text or c.proposedWording like :text"
                    + " or c.submissionNumber like :text or o.name like :text)");
        }
        return jpql.toString();
    }

    private static void bind(TypedQuery<?> typed, ReviewQuery query) {
        typed.setParameter("process", query.getProcessId());
        if (query.getStatus() == null) typed.setParameter("draft", ContributionStatus.DRAFT);
        else typed.setParameter("status", query.getStatus());
        if (query.getDraftId() != null) typed.setParameter("draftId", query.getDraftId());
        if (blank(query.getArticleNum()) != null) typed.setParameter("article", query.getArticleNum().strip());
        if (blank(query.getCategory()) != null) typed.setParameter("category", query.getCategory());
        if (query.getRegion() != null) typed.setParameter("region", query.getRegion());
        if (blank(query.getLanguage()) != null) typed.setParameter("language", query.getLanguage());
        if (query.getKind() != null) typed.setParameter("kind", query.getKind());
        if (query.getSubmittedFrom() != null) typed.setParameter("from", query.getSubmittedFrom().atStartOfDay(ZoneOffset.UTC).toInstant());
        if (query.getSubmittedTo() != null) typed.setParameter("to", query.getSubmittedTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        if (blank(query.getAssignedTo()) != null) typed.setParameter("assignee", query.getAssignedTo());
        if (blank(query.getText()) != null) typed.setParameter("text", "%" + escapeLike(query.getText().strip()) + "%");
    }

    private static String order(ReviewQuery query) {
        String direction = query.isAscending() ? " asc" : " desc";
        String column = switch (query.getOrder()) {
            case NUMBER -> "c.submissionNumber";
            case TITLE -> "c.title";
            case ORGANISATION -> "o.name";
            case STATUS -> "c.status";
            case ARTICLE -> "a.position";
            case SUBMITTED_AT -> "c.submittedAt";
        };
        return column + direction + ", c.id" + direction;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
