package org.stakeholderportal.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import jakarta.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The deadline surge: USERS × PER_USER contributions arriving at RATE a second (open model), each by one virtual user
 * with its stakeholder's real Keycloak token: start, write, submit with a clientToken; every RETRY_EVERY-th submit is
 * sent again with the same token and must get the same submission number. A submit that gets no answer (or a 5xx) is
 * kept for the runner to retry after the surge, as a client would.
 */
public class SurgeSimulation extends Simulation {

    private final Recorder start = Load.recorder("surge: POST /api/contributions (start)");
    private final Recorder write = Load.recorder("surge: PUT /api/contributions/{id} (write)");
    private final Recorder submit = Load.recorder("surge: POST …/submit");
    private final Recorder repeated = Load.recorder("surge: POST …/submit again, same token");
    private final Recorder whole = Load.recorder("surge: whole contribution (3 calls)");

    {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int k = 0; k < Load.PER_USER; k++) {
            for (int u = 0; u < Load.USERS; u++) {
                String name = Load.username(u);
                String token = Load.tokens.get(name);
                if (token != null) {
                    int item = k * Load.USERS + u;
                    items.add(Map.of("user", name, "token", token, "item", item, "clientToken", "load-" + Load.RUN + "-" + item,
                            "title", "Load " + Load.RUN + " contribution " + item + " by " + name));
                }
            }
        }
        ScenarioBuilder surge = scenario("deadline surge").feed(items.iterator())
                .exec(Load.begin("whole"))
                .exec(Load.begin("t"))
                .exec(http("start").post("/api/contributions").header("Authorization", "Bearer #{token}")
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .body(StringBody(session -> Json.createObjectBuilder().add("draftId", Load.draftId).add("article", Load.ARTICLE)
                                .build().toString()))
                        .check(status().saveAs("status"), bodyString().saveAs("body"), status().is(201), jsonPath("$.id").ofLong().saveAs("id"),
                                jsonPath("$.version").ofLong().saveAs("version")))
                .exec(step(start, "start"))
                .exitHereIfFailed()
                .exec(Load.begin("t"))
                .exec(http("write").put("/api/contributions/#{id}").header("Authorization", "Bearer #{token}")
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .body(StringBody(session -> Json.createObjectBuilder().add("version", session.getLong("version"))
                                .add("kind", "GENERAL_COMMENT").add("title", session.getString("title"))
                                .add("comment", "<p>" + session.getString("title") + ": the safeguards in this article should be"
                                        + " reviewed by an independent authority, and the period of retention should be limited to"
                                        + " what is strictly necessary.</p>")
                                .add("language", "en").build().toString()))
                        .check(status().saveAs("status"), bodyString().saveAs("body"), status().is(200), jsonPath("$.version").ofLong().saveAs("version")))
                .exec(step(write, "write"))
                .exitHereIfFailed()
                .exec(Load.begin("t"))
                .exec(submitRequest("submit").check(status().saveAs("status"), bodyString().saveAs("body"), status().is(200),
                        jsonPath("$.submissionNumber").saveAs("number")))
                .exec(this::submitted)
                .exitHereIfFailed()
                .exec(doIf(session -> Load.RETRY_EVERY > 0 && session.getInt("item") % Load.RETRY_EVERY == 0).then(repeat()));
        int total = items.size();
        setUp(surge.injectOpen(rampUsers(total).during(Duration.ofMillis(Math.max(1, Math.round(total * 1000 / Load.RATE))))))
                .protocols(Load.protocol());
    }

    @Override
    public void before() {
        Drill.scheduleDuringSurge();
    }

    private static HttpRequestActionBuilder submitRequest(String name) {
        return http(name).post("/api/contributions/#{id}/submit").header("Authorization", "Bearer #{token}")
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .body(StringBody(session -> Json.createObjectBuilder().add("version", session.getLong("version"))
                        .add("clientToken", session.getString("clientToken")).build().toString()));
    }

    /** Records a step; a failed one also fails the whole contribution. */
    private Function<Session, Session> step(Recorder recorder, String what) {
        return session -> {
            Session recorded = Load.end(recorder, "t", false).apply(session);
            if (recorded.isFailed()) {
                whole.error(recorded.getLong("whole"), what + ": " + Load.failure(recorded));
            }
            return recorded;
        };
    }

    private Session submitted(Session session) {
        long started = session.getLong("t");
        long id = session.getLong("id");
        if (session.isFailed()) {
            if (Load.unanswered(session)) {
                Load.unanswered.put(id, new Object[] {session.getString("user"), session.getLong("version"), session.getString("clientToken")});
            }
            submit.error(started, Load.failure(session));
            whole.error(session.getLong("whole"), "submit: " + Load.failure(session));
            return session;
        }
        submit.ok(started);
        whole.ok(session.getLong("whole"));
        Load.acknowledged.put(id, new String[] {session.getString("clientToken"), session.getString("number")});
        return session;
    }

    private ChainBuilder repeat() {
        return exec(Load.begin("t"))
                .exec(submitRequest("submit again, same token").check(status().saveAs("status"), bodyString().saveAs("body"), status().is(200),
                        jsonPath("$.submissionNumber").is(session -> session.getString("number"))))
                .exec(session -> {
                    // An answer other than the submission already made; no answer at all (a drill) is only an error.
                    if (session.isFailed() && !Load.unanswered(session)) {
                        Load.retryMismatches.incrementAndGet();
                    }
                    return Load.end(repeated, "t", true).apply(session);
                });
    }
}
