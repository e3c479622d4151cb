package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stakeholderportal.stack.TestStack;

/**
 * The readiness checks on the management port, black-box: each of database, Keycloak and mail turns DOWN when that
 * part of the real stack is stopped, the others stay UP, and all are UP again once it is back. Every part is started
 * again in a finally block, so the tests after this one find the stack whole.
 */
class HealthChecksIT extends PortalBlackBox {

    private static final long WAIT_MILLIS = 60_000;

    private static String health(String kind) {
        return "http://127.0.0.1:" + System.getProperty("portal.management.port") + "/health/" + kind;
    }

    /** Each check's name and status, with the overall status under "(all)" and the HTTP status under "(http)". */
    private static Map<String, String> checks(String kind) {
        HttpResponse<String> response = TestStackAccess.send(HttpRequest.newBuilder(URI.create(health(kind))).GET().build());
        JsonObject body = TestStackAccess.json(response.body());
        Map<String, String> checks = body.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
        checks.put("(all)", body.getString("status"));
        checks.put("(http)", String.valueOf(response.statusCode()));
        return checks;
    }

    private static Map<String, String> await(String what, Predicate<Map<String, String>> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        Map<String, String> last = checks("ready");
        while (!condition.test(last)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(what + " not reached in " + WAIT_MILLIS / 1000 + " s: " + last);
            }
            Thread.sleep(500);
            last = checks("ready");
        }
        return last;
    }

    private static Map<String, String> awaitAllUp() throws InterruptedException {
        return await("all checks UP", c -> "UP".equals(c.get("database")) && "UP".equals(c.get("keycloak")) && "UP".equals(c.get("mail"))
                && "UP".equals(c.get("(all)")));
    }

    private static void assertOnlyDown(String part, Map<String, String> checks) {
        assertEquals("DOWN", checks.get("(all)"), checks.toString());
        assertEquals("503", checks.get("(http)"), "a DOWN readiness answers 503");
        for (String other : new String[] {"database", "keycloak", "mail"}) {
            if (!other.equals(part)) {
                assertEquals("UP", checks.get(other), other + " is not affected by stopping " + part + ": " + checks);
            }
        }
    }

    @Test
    void eachReadinessCheckTurnsDownWhenItsPartStopsAndUpWhenItIsBack() throws Exception {
        Map<String, String> healthy = awaitAllUp();
        assertEquals("200", healthy.get("(http)"));
        Map<String, String> live = checks("live");
        assertEquals("UP", live.get("timers"), "the mail delivery timer runs: " + live);

        long started = System.nanoTime();
        try {
            TestStack.stopMail();
            assertOnlyDown("mail", await("mail DOWN", c -> "DOWN".equals(c.get("mail"))));
        } finally {
            TestStack.startMail();
        }
        awaitAllUp();
        long mail = System.nanoTime();

        try {
            TestStack.stopDatabase();
            assertOnlyDown("database", await("database DOWN", c -> "DOWN".equals(c.get("database"))));
        } finally {
            TestStack.startDatabase();
        }
        awaitAllUp();
        // The pool drops its dead connections (validate-on-match): the application serves from the database again.
        HttpResponse<String> api = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/api/health"))).GET().build());
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.body().contains("\"database\":\"UP\""), api.body());
        long database = System.nanoTime();

        try {
            TestStack.stopKeycloak();
            assertOnlyDown("keycloak", await("keycloak DOWN", c -> "DOWN".equals(c.get("keycloak"))));
        } finally {
            TestStack.startKeycloak();
        }
        awaitAllUp();
        long keycloak = System.nanoTime();
        System.out.printf("HealthChecksIT: mail %d s, database %d s, keycloak %d s%n", (mail - started) / 1_000_000_000,
                (database - mail) / 1_000_000_000, (keycloak - database) / 1_000_000_000);
    }
}
