package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sessions through the real server: the public calendar and its iCalendar feed, the participant list for the
 * secretariat only, the delegation pages for delegates only, and a delegate kept away from unpublished input.
 */
class SessionPagesIT extends PortalBlackBox {

    private HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return TestStackAccess.send(request.GET().build());
    }

    private long demoProcess() {
        Matcher process = Pattern.compile("id=\"po-(\\d+)\">Ad Hoc Committee").matcher(get("/organisations.xhtml", null).body());
        assertTrue(process.find());
        return Long.parseLong(process.group(1));
    }

    @Test
    void theCalendarShowsTheSessionsWithTheirAgendasAndAsAnIcsFeed() {
        long process = demoProcess();
        HttpResponse<String> page = get("/sessions.xhtml?process=" + process, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Sixth session") && page.body().contains("Consideration of the revised draft text: conditions and safeguards"));
        assertTrue(page.body().contains("article=art-24"), "the agenda item links to the article");
        assertFalse(page.body().contains("Amina Diallo"), "a speakers' list is public only once confirmed");
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")), "the calendar is stateless");

        HttpResponse<String> ics = get("/api/processes/" + process + "/sessions.ics", null);
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String feed = ics.body().replace("\r\n ", "");
        assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\n"));
        assertEquals(2, feed.split("BEGIN:VEVENT", -1).length - 1, "the formal session and the intersessional consultation");
        assertTrue(feed.contains("SUMMARY:Sixth session\r\n"));
        assertTrue(feed.contains("LOCATION:United Nations Headquarters\\, New York\r\n"));
        assertEquals(404, get("/api/processes/999999/sessions.ics", null).statusCode());
    }

    @Test
    void onlyTheSecretariatReadsTheParticipantListAndOnlyDelegatesTheDelegationPage() throws Exception {
        long session;
        try (java.sql.Connection db = TestStackAccess.database(); java.sql.ResultSet row = db.createStatement().executeQuery(
                "SELECT s.id FROM committee_session s JOIN negotiation_process p ON p.id = s.process_id WHERE p.code = 'AHC' AND s.title = 'Sixth session'")) {
            assertTrue(row.next());
            session = row.getLong(1);
        }
        String sofia = TestStackAccess.accessToken("sofia", "sofia");
        String amina = TestStackAccess.accessToken("amina", "amina");
        String ines = TestStackAccess.accessToken("ines", "ines");
        HttpResponse<String> csv = get("/api/sessions/" + session + "/participants.csv", sofia);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("Digital Rights Watch") && csv.body().contains("amina@digitalrights.example.org"));
        assertEquals(403, get("/api/sessions/" + session + "/participants.csv", amina).statusCode(), "a stakeholder cannot read it");
        assertEquals(403, get("/api/sessions/" + session + "/participants.csv", ines).statusCode(), "nor a delegate");

        HttpResponse<String> delegation = get("/delegation/index.xhtml", ines);
        assertEquals(200, delegation.statusCode());
        assertTrue(delegation.body().contains("Brazil"), "the delegate acts for the State the secretariat linked");
        assertTrue(delegation.body().contains("Centre for Information Law Studies"), "the demo's circulated applicant");
        assertEquals(403, get("/delegation/index.xhtml", amina).statusCode());
        assertEquals(403, get("/secretariat/non-objection.xhtml?process=" + demoProcess(), ines).statusCode(), "delegates do not run the procedure");
        assertEquals(403, get("/secretariat/review.xhtml?process=" + demoProcess(), ines).statusCode(), "nor see the review queue");
        assertEquals(200, get("/workspace/my-data.xhtml", ines).statusCode(), "a delegate sees the data the portal holds about them");
        assertEquals(403, get("/workspace/sessions.xhtml?process=" + demoProcess(), ines).statusCode(),
                "but takes no part for an organisation");
        assertEquals(403, get("/api/contributions?process=" + demoProcess(), ines).statusCode(), "nor anyone's unpublished input");
    }
}
