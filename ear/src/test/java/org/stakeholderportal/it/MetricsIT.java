package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The Prometheus scrape endpoint on the management port: the portal's own metrics move with what people do. */
class MetricsIT extends PortalBlackBox {

    static String scrape() {
        HttpResponse<String> response = TestStackAccess.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + System.getProperty("portal.management.port") + "/prometheus")).GET().build());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The sum of a metric over all its label sets (0 when it has none yet). */
    static double value(String scrape, String metric) {
        return scrape.lines().filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aSubmissionMovesTheCounterAndRequestsAreTimed() throws Exception {
        ContributionClient kenji = new ContributionClient(url("/"), "kenji", "kenji");
        double before = value(scrape(), "portal_submissions_received_total");

        kenji.submitComment(ContributionClient.revisedDraftId(), "art-5", "Metrics probe", "Counted once.");

        String after = scrape();
        assertEquals(before + 1, value(after, "portal_submissions_received_total"), 0.0001, "one submission, counted once");
        assertTrue(value(after, "portal_http_requests_seconds_count") > 0, "requests are timed");
        assertTrue(after.lines().anyMatch(l -> l.startsWith("portal_http_requests_seconds_count{") && l.contains("area=\"api\"")),
                "API requests are timed by area");
        assertTrue(after.lines().anyMatch(l -> l.startsWith("portal_mail_backlog")), "the mail backlog gauge is there");
        assertTrue(after.lines().anyMatch(l -> l.startsWith("portal_mail_failures_total")), "mail failures are counted");
    }
}
