package org.stakeholderportal.load;

import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * What the runner and the simulations share. Gatling instantiates a simulation by its class name, in the runner's
 * JVM, so the settings, the data found by the set-up (draft, articles, users' tokens) and the measures live here.
 */
final class Load {

    static final String PASSWORD = "load-test-password";
    static final String ARTICLE = "art-24";
    static final List<String> SEARCHES = List.of("safeguards", "judicial authorisation", "data protection",
            "international cooperation", "human rights", "electronic evidence");

    static final String PORTAL = setting("load.portal", setting("load.base", "http://127.0.0.1:" + setting("portal.http.port", "8080")));
    static final String KEYCLOAK = setting("load.keycloak", "http://127.0.0.1:" + setting("portal.keycloak.port", "8180"));
    static final String DB_URL = setting("load.db", "jdbc:mariadb://127.0.0.1:" + setting("portal.db.port", "3307") + "/portal");
    static final String DB_USER = setting("load.db.user", "portal");
    static final String DB_PASSWORD = setting("load.db.password", "portal-demo-password");
    static final String CLIENT_SECRET = setting("load.client.secret", "portal-demo-secret-change-me");
    static final String ADMIN_USER = setting("load.keycloak.admin", "admin");
    static final String ADMIN_PASSWORD = setting("load.keycloak.admin.password", "admin-demo");
    static final int USERS = Integer.parseInt(setting("load.users", "40"));
    static final int PER_USER = Integer.parseInt(setting("load.submissions", "3"));
    /** Writers per organisation: on deadline day many organisations submit, each through one or a few people. */
    static final int PER_ORGANISATION = Math.max(1, Math.min(Integer.parseInt(setting("load.perOrganisation", "2")), 50 / Math.max(1, PER_USER)));
    static final int CONCURRENCY = Integer.parseInt(setting("load.concurrency", "16"));
    static final int SECONDS = Integer.parseInt(setting("load.seconds", "20"));
    /** Contributions started per second in the surge (open model: they arrive whether or not the server keeps up). */
    static final double RATE = Double.parseDouble(setting("load.rate", "10"));
    static final int RETRY_EVERY = Integer.parseInt(setting("load.retryEvery", "5"));
    static final String DRILL = setting("load.drill", "none");
    static final double DRILL_AFTER = Double.parseDouble(setting("load.drill.after", "4"));
    static final String RUN = Long.toString(System.currentTimeMillis() / 1000 % 10_000_000, 36);

    /** Set by the runner before the simulations that need them. */
    static volatile long draftId;
    static volatile List<String> articles = List.of();
    static final Map<String, String> tokens = new ConcurrentHashMap<>();
    static volatile String secretariatToken;

    /** Every measure in the order it is printed. */
    static final List<Recorder> results = Collections.synchronizedList(new ArrayList<>());
    static final Map<String, String> notes = Collections.synchronizedMap(new LinkedHashMap<>());

    /** What the portal acknowledged: contribution id → [client token, submission number]. */
    static final Map<Long, String[]> acknowledged = new ConcurrentHashMap<>();
    /** Submits with no answer, or a 5xx one (the node died under it): contribution id → [user, version, client token]. */
    static final Map<Long, Object[]> unanswered = new ConcurrentHashMap<>();
    static final AtomicInteger retryMismatches = new AtomicInteger();

    private Load() {
    }

    static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    static Recorder recorder(String name) {
        Recorder recorder = new Recorder(name);
        results.add(recorder);
        return recorder;
    }

    static String username(int u) {
        return "load-" + RUN + "-" + u;
    }

    static HttpProtocolBuilder protocol() {
        // One connection pool for all virtual users, as browsers behind one proxy, and no redirect following: every
        // measured request must answer by itself.
        return http.baseUrl(PORTAL).shareConnections().disableFollowRedirect().disableWarmUp()
                .acceptLanguageHeader("en").userAgentHeader("stakeholder-portal-benchmark");
    }

    // ---------------------------------------------------------------- session hooks that feed the recorders

    /** Notes when a measured step starts and forgets the status of the one before. */
    static Function<Session, Session> begin(String key) {
        return session -> session.remove("status").remove("body").set(key, System.nanoTime());
    }

    /**
     * Records the step begun under {@code key} as an error if a check failed, else as done. In a loop the session is
     * then marked successful again, so one failed request does not count against the next.
     */
    static Function<Session, Session> end(Recorder recorder, String key, boolean clear) {
        return session -> {
            long started = session.getLong(key);
            if (session.isFailed()) {
                recorder.error(started, failure(session));
                return clear ? session.markAsSucceeded() : session;
            }
            recorder.ok(started);
            return session;
        };
    }

    static String failure(Session session) {
        if (!session.contains("status")) {
            return "no answer (connection refused or cut)";
        }
        // One line, short: an error page of nginx or the portal's JSON refusal.
        String body = session.contains("body") ? " " + session.getString("body").replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim() : "";
        return "HTTP " + session.getInt("status") + (body.length() > 160 ? body.substring(0, 160) + "…" : body);
    }

    /** No answer, or 5xx: the client cannot know whether the submit was stored, and retries it with its token. */
    static boolean unanswered(Session session) {
        return !session.contains("status") || session.getInt("status") >= 500;
    }
}
