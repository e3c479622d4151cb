package org.stakeholderportal.draft.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.draft.control.NodeKind;
import org.stakeholderportal.draft.entity.ConsultationWindow;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;

/**
 * Consultation windows: when input on a draft is accepted. The deadline is enforced here, on the server's
 * clock, whatever a page shows; changes to a window are audited and checked against concurrent edits.
 */
@Stateless
public class ConsultationWindows {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /** Opens a window on the whole draft (no article ids) or on the given articles of it. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public ConsultationWindow open(long draftId, String title, Instant opensAt, Instant closesAt, Set<Long> articleIds) {
        Draft draft = em.find(Draft.class, draftId);
        if (draft == null) {
            throw new Refusal("draft.unknown", draftId);
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new Refusal("window.titleInvalid");
        }
        if (opensAt == null || closesAt == null) {
            throw new Refusal("window.datesMissing");
        }
        Set<Long> articles = articleIds == null ? Set.of() : new HashSet<>(articleIds);
        if (!articles.isEmpty()) {
            Long found = em.createQuery("select count(p) from Provision p where p.id in :ids and p.draftId = :d and p.kind = :k", Long.class)
                    .setParameter("ids", articles).setParameter("d", draftId).setParameter("k", NodeKind.ARTICLE).getSingleResult();
            if (found != articles.size()) {
                throw new Refusal("window.articlesNotInDraft");
            }
        }
        ConsultationWindow window = new ConsultationWindow(draft, title.trim(), opensAt, closesAt, articles, clock.now(),
                auditActor());
        em.persist(window);
        em.flush();
        audit.record("window.opened", "ConsultationWindow", window.getId(), "draft=" + draftId + "; opens=" + opensAt
                + "; closes=" + closesAt + "; articles=" + (articles.isEmpty() ? "all" : articles.size()));
        return window;
    }

    /** Moves the deadline later. {@code expectedVersion} is the version the secretariat member was looking at. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public ConsultationWindow extend(long windowId, long expectedVersion, Instant newClosesAt, String reason) {
        ConsultationWindow window = lockedForChange(windowId, expectedVersion);
        if (newClosesAt == null) {
            throw new Refusal("window.datesMissing");
        }
        Instant before = window.getClosesAt();
        window.extendTo(newClosesAt, clock.now());
        audit.record("window.extended", "ConsultationWindow", windowId, "closes: " + before + " -> " + newClosesAt
                + "; reason=" + (reason == null ? "" : reason.trim()));
        return window;
    }

    /** Closes the window now, which is refused once input has arrived on it. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public ConsultationWindow closeNow(long windowId, long expectedVersion, String reason) {
        ConsultationWindow window = lockedForChange(windowId, expectedVersion);
        Instant before = window.getClosesAt();
        long received = em.createQuery("select count(c) from Contribution c where c.draftId = :d and c.submittedAt >= :opens",
                        Long.class)
                .setParameter("d", window.getDraft().getId()).setParameter("opens", window.getOpensAt()).getSingleResult();
        window.closeNow(clock.now(), received);
        audit.record("window.closed", "ConsultationWindow", windowId, "closes: " + before + " -> " + window.getClosesAt()
                + "; reason=" + (reason == null ? "" : reason.trim()));
        return window;
    }

    @PermitAll
    public List<ConsultationWindow> windows(long draftId) {
        return em.createQuery("select w from ConsultationWindow w where w.draft.id = :d order by w.closesAt desc", ConsultationWindow.class)
                .setParameter("d", draftId).getResultList();
    }

    /** The window accepting input on this article now, if any. */
    @PermitAll
    public Optional<ConsultationWindow> openFor(long draftId, long articleId) {
        Instant now = clock.now();
        return windows(draftId).stream().filter(w -> w.isOpenAt(now) && w.covers(articleId)).findFirst();
    }

    /** The window that is open now, or opens next, or closed last: what a page shows as "the deadline". */
    @PermitAll
    public Optional<ConsultationWindow> current(long draftId) {
        Instant now = clock.now();
        List<ConsultationWindow> all = windows(draftId);
        return all.stream().filter(w -> w.isOpenAt(now)).findFirst()
                .or(() -> all.stream().filter(w -> w.getOpensAt().isAfter(now)).min((a, b) -> a.getOpensAt().compareTo(b.getOpensAt())))
                .or(() -> all.stream().findFirst());
    }

    /** Throws unless input on this article is accepted right now. Contributions call this before every submission. */
    @PermitAll
    public ConsultationWindow requireOpen(long draftId, long articleId) {
        return openFor(draftId, articleId).orElseThrow(() -> new Refusal("window.closedForInput"));
    }

    /** Throws unless general comments on the whole draft are accepted now (a window on all its articles is open). */
    @PermitAll
    public ConsultationWindow requireOpenForDraft(long draftId) {
        Instant now = clock.now();
        return windows(draftId).stream().filter(w -> w.isOpenAt(now) && w.isAllArticles()).findFirst()
                .orElseThrow(() -> new Refusal("window.closedForInput"));
    }

    private ConsultationWindow lockedForChange(long windowId, long expectedVersion) {
        ConsultationWindow window = em.find(ConsultationWindow.class, windowId, LockModeType.PESSIMISTIC_WRITE);
        if (window == null) {
            throw new Refusal("window.unknown", windowId);
        }
        if (window.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        return window;
    }

    private String auditActor() {
        return context.getCallerPrincipal().getName();
    }
}
