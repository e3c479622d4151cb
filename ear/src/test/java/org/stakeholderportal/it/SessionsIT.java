package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.File;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stakeholderportal.draft.entity.ConsultationWindow;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.organisation.entity.UnRegion;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.session.boundary.SessionParticipation;
import org.stakeholderportal.session.boundary.Sessions;
import org.stakeholderportal.session.boundary.SpeakersLists;
import org.stakeholderportal.session.entity.AgendaItem;
import org.stakeholderportal.session.entity.BalanceRow;
import org.stakeholderportal.session.entity.CommitteeSession;
import org.stakeholderportal.session.entity.Gender;
import org.stakeholderportal.session.entity.Representative;
import org.stakeholderportal.session.entity.Seat;
import org.stakeholderportal.session.entity.SessionFormat;
import org.stakeholderportal.session.entity.SessionKind;
import org.stakeholderportal.session.entity.SpeakerRequest;
import org.stakeholderportal.session.entity.SpeakerStatus;

/**
 * Sessions in the business layer: an agenda tied to a draft's articles, a window closing before the session,
 * the representative limits per organisation, a coalition's spokesperson and the confirmed speakers' list.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("sessions-it", AsSecretariat.class, AsApplicant.class, AsJoiner.class, AsOutsider.class,
                        OrganisationsIT.class, OrganisationsIT.AsCaller.class, ConsultationWorld.class, ConsultationWorld.AsCaller.class,
                        ConsultationWorld.Opened.class)
                .addAsResource(new File("../ejb/src/test/resources/akn/convention-sample.xml"), "fixtures/convention-sample.xml")
                .addAsManifestResource(new StringAsset("Dependencies: org.jboss.ejb3\n"), "MANIFEST.MF");
    }

    @EJB
    Sessions sessions;

    @EJB
    SessionParticipation participation;

    @EJB
    SpeakersLists speakers;

    @EJB
    Organisations organisations;

    @EJB
    ConsultationWorld world;

    @EJB
    AsSecretariat secretariat;

    @EJB
    AsApplicant applicant;

    @EJB
    AsOutsider outsider;

    @Inject
    PortalClock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private ConsultationWorld.Opened opened;
    private CommitteeSession session;
    private AgendaItem item;

    @BeforeEach
    void session() throws Exception {
        OrganisationApplication company = OrganisationsIT.application("Industry Forum");
        company.setCategory("PRIVATE_SECTOR");
        company.setRegion(UnRegion.ASIA_PACIFIC_STATES);
        company.setCountry("JP");
        opened = world.open("Sessions test", company);
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(30);
        session = secretariat.call(() -> sessions.create(opened.process().getId(), SessionKind.FORMAL, "Sixth session", start, start.plusDays(9),
                SessionFormat.HYBRID, "Vienna International Centre", 2, 1));
        item = secretariat.call(() -> sessions.addAgendaItem(session.getId(), "4", "Consideration of chapter II", opened.draft().getId(), "art-5"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAgendaPointsToTheDraftAndAWindowClosesBeforeTheSession() throws Exception {
        Refusal unknown = assertThrows(Refusal.class, () -> secretariat.call(() ->
                sessions.addAgendaItem(session.getId(), "5", "Nothing", opened.draft().getId(), "art-999")));
        assertEquals("agenda.unknownProvision", unknown.getMessageKey());
        assertEquals(List.of("4"), sessions.agendas(opened.process().getId()).stream().map(AgendaItem::getItemNumber).toList());

        ConsultationWindow window = secretariat.call(() -> sessions.openWindowBefore(session.getId(), opened.draft().getId(),
                "Written input for the sixth session", 14));
        Instant expected = session.getStartsOn().minusDays(14).atStartOfDay(ZoneId.of("Europe/Vienna")).toInstant();
        assertEquals(expected, window.getClosesAt(), "closes at midnight, official time, two weeks before the session");
        assertEquals(List.of(window.getId()), sessions.windows(session.getId()).stream().map(ConsultationWindow::getId).toList());
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> sessions.participants(session.getId())),
                "the participant list is the secretariat's");
    }

    @Test
    void anOrganisationRegistersRepresentativesUpToTheSessionsLimits() throws Exception {
        applicant.call(() -> participation.register(session.getId(), "Amara Okafor", "amara@example.org", Gender.WOMAN, Seat.IN_ROOM));
        applicant.call(() -> participation.register(session.getId(), "Tomas Silva", "tomas@example.org", Gender.MAN, Seat.IN_ROOM));
        Refusal full = assertThrows(Refusal.class, () -> applicant.call(() ->
                participation.register(session.getId(), "Third Person", "third@example.org", Gender.NOT_STATED, Seat.IN_ROOM)));
        assertEquals("session.limitReached", full.getMessageKey(), "two in the room");
        applicant.call(() -> participation.register(session.getId(), "Online One", "online@example.org", Gender.OTHER, Seat.ONLINE));
        assertEquals("session.limitReached", assertThrows(Refusal.class, () -> applicant.call(() ->
                participation.register(session.getId(), "Online Two", "online2@example.org", Gender.WOMAN, Seat.ONLINE))).getMessageKey());
        outsider.call(() -> participation.register(session.getId(), "Kenta Sato", "kenta@example.org", Gender.MAN, Seat.IN_ROOM));
        Refusal twice = assertThrows(Refusal.class, () -> outsider.call(() ->
                participation.register(session.getId(), "Kenta Again", "KENTA@example.org", Gender.MAN, Seat.IN_ROOM)));
        assertEquals("session.alreadyRegistered", twice.getMessageKey(), "other organisations have their own places; one person once");

        List<Representative> everyone = secretariat.call(() -> sessions.participants(session.getId()));
        assertEquals(4, everyone.size(), "the secretariat's participant list");
        assertEquals(3, applicant.call(() -> participation.myRepresentatives(session.getId())).size(), "an organisation sees its own");

        clock.set(Clock.fixed(session.opensAt(), ZoneOffset.UTC));
        assertEquals("session.registrationClosed", assertThrows(Refusal.class, () -> outsider.call(() ->
                participation.register(session.getId(), "Late Comer", "late@example.org", Gender.MAN, Seat.ONLINE))).getMessageKey());
    }

    @Test
    void aCoalitionNamesOneSpokespersonAndTheConfirmedListIsPublished() throws Exception {
        long outsiderOrganisation = outsider.call(() -> organisations.requireContributor(opened.process().getId())).getOrganisationId();
        Representative spokesperson = applicant.call(() ->
                participation.register(session.getId(), "Amara Okafor", "amara.spokesperson@example.org", Gender.WOMAN, Seat.IN_ROOM));
        SpeakerRequest request = applicant.call(() -> participation.requestToSpeak(item.getId(), spokesperson.getId(), Set.of(outsiderOrganisation)));
        assertTrue(request.isCoalition());

        Representative own = outsider.call(() -> participation.register(session.getId(), "Kenta Sato", "kenta.s@example.org", Gender.MAN, Seat.ONLINE));
        Refusal again = assertThrows(Refusal.class, () -> outsider.call(() -> participation.requestToSpeak(item.getId(), own.getId(), Set.of())));
        assertEquals("speakers.alreadyListed", again.getMessageKey(), "an organisation speaks once per item, here through the coalition");
        assertTrue(outsider.call(() -> participation.myRequests(session.getId())).stream().anyMatch(r -> r.getId().equals(request.getId())),
                "the coalition member sees the request made on its behalf");

        List<BalanceRow> balance = secretariat.call(() -> speakers.balance(item.getId()));
        assertEquals(1, row(balance, "region", "AFRICAN_STATES").getListed());
        assertEquals(1, row(balance, "region", "ASIA_PACIFIC_STATES").getListed(), "the coalition member counts for its region");
        assertEquals(1, row(balance, "category", "PRIVATE_SECTOR").getListed());
        assertEquals(1, row(balance, "gender", "WOMAN").getListed());
        assertEquals(0, row(balance, "gender", "WOMAN").getConfirmed());

        assertEquals(List.of(), speakers.published(item.getId()), "nothing is public before the list is confirmed");
        SpeakerRequest confirmed = secretariat.call(() -> speakers.decide(request.getId(), request.getVersion(), SpeakerStatus.CONFIRMED));
        AgendaItem timed = secretariat.call(() -> speakers.allowMinutes(item.getId(), item.getVersion(), 5));
        Refusal stale = assertThrows(Refusal.class, () -> secretariat.call(() -> speakers.allowMinutes(item.getId(), item.getVersion(), 4)));
        assertEquals("concurrentChange", stale.getMessageKey());
        secretariat.call(() -> speakers.confirm(item.getId(), timed.getVersion()));

        List<SpeakerRequest> published = speakers.published(item.getId());
        assertEquals(List.of(confirmed.getId()), published.stream().map(SpeakerRequest::getId).toList());
        assertEquals(1, row(secretariat.call(() -> speakers.balance(item.getId())), "gender", "WOMAN").getConfirmed());
        long mails = em.createQuery("select count(m) from OutgoingMail m where m.recipient = :r", Long.class)
                .setParameter("r", "amara.spokesperson@example.org").getSingleResult();
        assertEquals(2, mails, "the spokesperson is mailed on registration and on confirmation");
    }

    private static BalanceRow row(List<BalanceRow> rows, String dimension, String key) {
        return rows.stream().filter(r -> r.getDimension().equals(dimension) && r.getKey().equals(key)).findFirst()
                .orElse(new BalanceRow(dimension, key, 0, 0));
    }
}
