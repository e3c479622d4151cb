package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stakeholderportal.draft.boundary.ConsultationWindows;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.control.ProvisionChange;
import org.stakeholderportal.draft.entity.ArticleText;
import org.stakeholderportal.draft.entity.ConsultationWindow;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.draft.entity.ProvisionRevision;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.control.PortalClock;

/** The drafts boundaries inside WildFly against the real MariaDB: import, revisions, windows, roles, audit. */
@ExtendWith(ArquillianExtension.class)
class DraftsIT {

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("drafts-it", AsSecretariat.class, AsStakeholder.class)
                .addAsResource(new File("../ejb/src/test/resources/akn/convention-sample.xml"), "fixtures/convention-sample.xml");
    }

    @EJB
    Drafts drafts;

    @EJB
    ConsultationWindows windows;

    @EJB
    AsSecretariat secretariat;

    @EJB
    AsStakeholder stakeholder;

    @Inject
    PortalClock clock;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource database;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private NegotiationProcess newProcess() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return secretariat.call(() -> drafts.createProcess(code, "Test process " + code, "Europe/Vienna"));
    }

    private Draft importFile(NegotiationProcess process, Long predecessor, String label, String fileName, byte[] content) throws Exception {
        return secretariat.call(() -> drafts.importDraft(process.getId(), predecessor, label, LocalDate.of(2024, 1, 15),
                fileName, content).getDraft());
    }

    private static byte[] resource(String path) throws Exception {
        try (InputStream in = DraftsIT.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private long count(String sql, Object... args) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            ResultSet rs = st.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void importsAnAkomaNtosoDraftWithEveryProvisionIntoMariaDb() throws Exception {
        NegotiationProcess process = newProcess();
        Draft draft = importFile(process, null, "Draft text", "convention-sample.xml", resource("/fixtures/convention-sample.xml"));

        assertTrue(draft.getArticleCount() > 0);
        assertEquals(draft.getArticleCount(), count("SELECT COUNT(*) FROM provision WHERE draft_id = ? AND kind = 'ARTICLE'", draft.getId()));
        assertEquals(count("SELECT COUNT(*) FROM provision WHERE draft_id = ?", draft.getId()),
                count("SELECT COUNT(DISTINCT anchor) FROM provision WHERE draft_id = ?", draft.getId()), "anchors are unique");
        ArticleText article = drafts.article(draft.getId(), "art-24", false).orElseThrow();
        assertTrue(article.getArticle().getNum().endsWith("24"), "the number as the file writes it: " + article.getArticle().getNum());
        assertFalse(article.getParagraphs().isEmpty());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Draft' AND entity_id = ? AND action = 'draft.imported'", draft.getId()));
    }

    @Test
    void hostileXmlIsRefusedAndLeavesNothingBehind() throws Exception {
        NegotiationProcess process = newProcess();
        long draftsBefore = count("SELECT COUNT(*) FROM draft");
        long provisionsBefore = count("SELECT COUNT(*) FROM provision");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body><article><num>1</num>"
                + "<content><p>&x;</p></content></article></body></act></akomaNtoso>";
        Refusal refusal = assertThrows(Refusal.class,
                () -> importFile(process, null, "Draft", "evil.xml", xxe.getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.xml.dtd", refusal.getMessageKey());
        assertFalse(refusal.getMessage().contains("root:"), "the file's content never reaches the message");
        assertEquals(draftsBefore, count("SELECT COUNT(*) FROM draft"));
        assertEquals(provisionsBefore, count("SELECT COUNT(*) FROM provision"));
    }

    @Test
    void duplicateArticleNumbersAreRefusedWithTheirPlace() throws Exception {
        NegotiationProcess process = newProcess();
        String twice = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>\n"
                + "<article><num>Article 5</num><content><p>One.</p></content></article>\n"
                + "<article><num>Article 5</num><content><p>Two.</p></content></article>\n</body></act></akomaNtoso>";
        Refusal refusal = assertThrows(Refusal.class,
                () -> importFile(process, null, "Draft", "twice.xml", twice.getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.xml.duplicateArticle", refusal.getMessageKey());
        assertNotNull(refusal.getLocation());
        assertTrue(refusal.getMessage().contains("5"), refusal.getMessage());
    }

    @Test
    void malformedMarkdownIsRefusedWithATranslatableMessage() throws Exception {
        NegotiationProcess process = newProcess();
        Refusal refusal = assertThrows(Refusal.class, () -> importFile(process, null, "Draft", "empty.md",
                "# A title only\n\nNo article here.".getBytes(StandardCharsets.UTF_8)));
        assertTrue(refusal.getMessageKey().startsWith("import.md."), refusal.getMessageKey());
        assertFalse(refusal.getMessage().equals(refusal.getMessageKey()), "the key has an English text");
    }

    @Test
    void aRevisionMapsItsProvisionsToThePreviousDraft() throws Exception {
        NegotiationProcess process = newProcess();
        Draft first = importFile(process, null, "Draft text", "draft-text.md", resource("/demo/draft-text.md"));
        Draft revised = importFile(process, first.getId(), "Revised draft text", "revised-draft-text.md",
                resource("/demo/revised-draft-text.md"));

        ArticleText article5 = drafts.article(revised.getId(), "art-5", true).orElseThrow();
        ProvisionRevision changed = article5.getChanges().stream().filter(c -> c.getChange() == ProvisionChange.CHANGED)
                .findFirst().orElseThrow();
        assertTrue(changed.getRedlineHtml().contains("<ins>"), changed.getRedlineHtml());

        ArticleText article24 = drafts.article(revised.getId(), "art-24", true).orElseThrow();
        assertTrue(article24.getChanges().stream().anyMatch(c -> c.getChange() == ProvisionChange.ADDED),
                "the new paragraph 5 of article 24 is shown as added");

        ArticleText renumbered = drafts.article(revised.getId(), "art-41", false).orElseThrow();
        assertEquals("art-40-bis", renumbered.getArticle().getPredecessor().getAnchor());
        assertEquals(ProvisionChange.MOVED, renumbered.getArticle().getChangeKind());

        ArticleText article16 = drafts.article(revised.getId(), "art-16", true).orElseThrow();
        assertTrue(article16.getChanges().stream().anyMatch(c -> c.getChange() == ProvisionChange.REMOVED),
                "the deleted paragraph 3 of article 16 is shown as deleted");

        Refusal second = assertThrows(Refusal.class, () -> importFile(process, first.getId(), "Another revision",
                "revised-draft-text.md", resource("/demo/revised-draft-text.md")));
        assertEquals("draft.predecessorAlreadyRevised", second.getMessageKey());
    }

    @Test
    void onlyTheSecretariatImportsDrafts() throws Exception {
        NegotiationProcess process = newProcess();
        byte[] file = resource("/fixtures/convention-sample.xml");
        assertThrows(EJBAccessException.class, () -> drafts.importDraft(process.getId(), null, "Draft", LocalDate.now(), "a.xml", file));
        assertThrows(EJBAccessException.class, () -> stakeholder.call(
                () -> drafts.importDraft(process.getId(), null, "Draft", LocalDate.now(), "a.xml", file)));
        assertThrows(EJBAccessException.class, () -> stakeholder.call(() -> drafts.createProcess("STK", "No", "UTC")));
    }

    @Test
    void theDeadlineIsEnforcedOnTheInjectedClock() throws Exception {
        NegotiationProcess process = newProcess();
        Draft draft = importFile(process, null, "Draft text", "convention-sample.xml", resource("/fixtures/convention-sample.xml"));
        long article = drafts.article(draft.getId(), "art-5", false).orElseThrow().getArticle().getId();
        Instant start = Instant.parse("2031-03-01T12:00:00Z");
        clock.set(Clock.fixed(start, ZoneOffset.UTC));
        secretariat.call(() -> windows.open(draft.getId(), "Input", start.plus(Duration.ofHours(1)), start.plus(Duration.ofHours(2)), Set.of()));

        assertEquals("window.closedForInput", assertThrows(Refusal.class, () -> windows.requireOpen(draft.getId(), article)).getMessageKey(),
                "not yet open");
        clock.set(Clock.fixed(start.plus(Duration.ofMinutes(90)), ZoneOffset.UTC));
        assertNotNull(windows.requireOpen(draft.getId(), article));
        clock.set(Clock.fixed(start.plus(Duration.ofHours(2)), ZoneOffset.UTC));
        assertThrows(Refusal.class, () -> windows.requireOpen(draft.getId(), article), "closed at the deadline itself");
    }

    @Test
    void aWindowOnChosenArticlesAcceptsInputOnlyOnThem() throws Exception {
        NegotiationProcess process = newProcess();
        Draft draft = importFile(process, null, "Draft text", "convention-sample.xml", resource("/fixtures/convention-sample.xml"));
        long article5 = drafts.article(draft.getId(), "art-5", false).orElseThrow().getArticle().getId();
        long article24 = drafts.article(draft.getId(), "art-24", false).orElseThrow().getArticle().getId();
        Instant now = clock.now();
        secretariat.call(() -> windows.open(draft.getId(), "Article 24 only", now.minusSeconds(60), now.plus(Duration.ofDays(1)), Set.of(article24)));
        assertNotNull(windows.requireOpen(draft.getId(), article24));
        assertThrows(Refusal.class, () -> windows.requireOpen(draft.getId(), article5));
    }

    @Test
    void extensionsAreAuditedAndDeadlinesNeverMoveEarlier() throws Exception {
        NegotiationProcess process = newProcess();
        Draft draft = importFile(process, null, "Draft text", "convention-sample.xml", resource("/fixtures/convention-sample.xml"));
        Instant now = clock.now();
        ConsultationWindow window = secretariat.call(() -> windows.open(draft.getId(), "Input", now.minusSeconds(60),
                now.plus(Duration.ofDays(10)), Set.of()));

        Refusal earlier = assertThrows(Refusal.class, () -> secretariat.call(
                () -> windows.extend(window.getId(), window.getVersion(), now.plus(Duration.ofDays(5)), "shorter")));
        assertEquals("window.extensionNotLater", earlier.getMessageKey());

        ConsultationWindow extended = secretariat.call(() -> windows.extend(window.getId(), window.getVersion(),
                now.plus(Duration.ofDays(20)), "more time asked by regional groups"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'ConsultationWindow' AND entity_id = ?"
                + " AND action = 'window.extended' AND detail LIKE '%regional groups%'", window.getId()));

        Refusal stale = assertThrows(Refusal.class, () -> secretariat.call(
                () -> windows.extend(window.getId(), window.getVersion(), now.plus(Duration.ofDays(30)), "stale page")));
        assertEquals("concurrentChange", stale.getMessageKey(), "a second change from an old page is refused, not applied");
        assertTrue(extended.getVersion() > window.getVersion());
    }

    @Test
    void theAuditTrailIsAChainOfHashes() throws Exception {
        newProcess();
        newProcess();
        try (Connection c = database.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT previous_hash, hash FROM audit_event ORDER BY id DESC LIMIT 2")) {
            ResultSet rs = st.executeQuery();
            rs.next();
            String newestPrevious = rs.getString(1);
            rs.next();
            assertEquals(rs.getString(2), newestPrevious, "each event names the hash of the one before");
        }
    }
}
