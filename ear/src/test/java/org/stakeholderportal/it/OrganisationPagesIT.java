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

/** The public list of accredited organisations and its CSV, on the demo data. */
class OrganisationPagesIT extends PortalBlackBox {

    private HttpResponse<String> get(String path) {
        return TestStackAccess.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").GET().build());
    }

    @Test
    void thePublicListShowsAccreditedAndSuspendedOrganisationsOnly() {
        HttpResponse<String> page = get("/organisations.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Digital Rights Watch"));
        assertTrue(page.body().contains("Eastern Partnership Digital Forum"), "suspended organisations stay listed");
        assertTrue(page.body().contains("class=\"suspended\""), "and are marked");
        assertFalse(page.body().contains("Centre for Information Law Studies"), "a pending application is not public");
        assertFalse(page.body().contains("African Centre for Cyber Law and Policy"), "nor one asked for more information");
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
    }

    @Test
    void theListDownloadsAsCsv() {
        // Other tests add processes of their own: take the demo one, by its name.
        Matcher demo = Pattern.compile("id=\"po-(\\d+)\">Ad Hoc Committee").matcher(get("/organisations.xhtml").body());
        assertTrue(demo.find(), "the demo process is listed");
        HttpResponse<String> csv = TestStackAccess.send(HttpRequest.newBuilder(
                URI.create(url("/api/processes/" + demo.group(1) + "/organisations.csv"))).GET().build());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertEquals("name,name_english,acronym,category,country,region,ecosoc_status,website,status", lines[0]);
        assertEquals(9, lines.length, "a header and the 8 accredited or suspended demo organisations");
        assertTrue(csv.body().contains("مؤسسة الحقوق الرقمية العربية"), "names in their own script survive");
        assertFalse(csv.body().contains("Asian Cybersecurity Industry Alliance"), "pending ones are not exported");
    }

    @Test
    void anUnknownProcessHasNoCsv() {
        assertEquals(404, TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/api/processes/987654/organisations.csv")))
                .GET().build()).statusCode());
    }
}
