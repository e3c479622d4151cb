package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stakeholderportal.platform.boundary.People;
import org.stakeholderportal.platform.entity.Person;

/** The people who sign in, recorded once each, even when their first requests race. */
@ExtendWith(ArquillianExtension.class)
class PeopleIT {

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("people-it", AsStakeholder.class);
    }

    @EJB
    People people;

    @EJB
    AsStakeholder stakeholder;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource database;

    @Test
    void firstVisitsRacingEachOtherRecordThePersonOnce() throws Exception {
        String username = "racer-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Person>> visits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            visits.add(executor.submit(() -> {
                start.await();
                return stakeholder.call(() -> people.recordVisit(username, "Racing Person", "racer@example.org"));
            }));
        }
        start.countDown();
        for (Future<Person> visit : visits) {
            assertEquals(username, visit.get(30, TimeUnit.SECONDS).getUsername());
        }
        try (Connection c = database.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM person WHERE username = ?")) {
            st.setString(1, username);
            ResultSet rs = st.executeQuery();
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void aLaterVisitUpdatesTheNameKeycloakGives() throws Exception {
        String username = "renamed-" + UUID.randomUUID();
        stakeholder.call(() -> people.recordVisit(username, "Old Name", "a@example.org"));
        Person again = stakeholder.call(() -> people.recordVisit(username, "New Name", "b@example.org"));
        assertEquals("New Name", again.getDisplayName());
        assertEquals("b@example.org", again.getEmail());
    }

    @Test
    void recordingAVisitNeedsASignedInRole() {
        assertThrows(EJBAccessException.class, () -> people.recordVisit("nobody", "Nobody", null));
    }
}
