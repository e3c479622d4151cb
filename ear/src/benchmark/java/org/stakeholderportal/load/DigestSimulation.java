package org.stakeholderportal.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Digest generation: the secretariat releases a digest of the draft, then polls its files every 200 ms until the PDF
 * and the DOCX are DONE (or FAILED); the time from the release to each is the measure.
 */
public class DigestSimulation extends Simulation {

    private static final long LIMIT = Duration.ofMinutes(10).toNanos();

    private final Recorder release = Load.recorder("digest: POST /api/digests (release)");
    private final Recorder poll = Load.recorder("digest: GET /api/digests/{id}/files (poll)");
    private final Recorder generated = Load.recorder("digest: release until every file done");

    {
        ScenarioBuilder digest = scenario("digest")
                .exec(session -> session.set("token", Load.secretariatToken).set("done", false))
                .exec(Load.begin("released"))
                .exec(Load.begin("t"))
                .exec(http("release").post("/api/digests").queryParam("draft", session -> Load.draftId).queryParam("language", "en")
                        .header("Authorization", "Bearer #{token}").header("Accept", "application/json")
                        .check(status().saveAs("status"), bodyString().saveAs("body"), status().is(201),
                                jsonPath("$.id").ofLong().saveAs("digest"), jsonPath("$.contributions").ofInt().saveAs("contributions")))
                .exec(Load.end(release, "t", false))
                .exitHereIfFailed()
                .exec(session -> {
                    Load.notes.put("digest: contributions in the release", String.valueOf(session.getInt("contributions")));
                    return session;
                })
                .exec(asLongAs(session -> !session.getBoolean("done")).on(exec(pause(Duration.ofMillis(200)))
                        .exec(Load.begin("t"))
                        .exec(http("files").get("/api/digests/#{digest}/files").header("Authorization", "Bearer #{token}")
                                .header("Accept", "application/json")
                                .check(status().saveAs("status"), status().is(200), bodyString().saveAs("files")))
                        .exec(Load.end(poll, "t", true))
                        .exec(this::inspect)));
        setUp(digest.injectOpen(atOnceUsers(1))).protocols(Load.protocol());
    }

    /** Notes each file when it is done; ends the polling when all are, or after ten minutes. */
    private Session inspect(Session session) {
        long released = session.getLong("released");
        if (!session.contains("files")) {
            return session.set("done", System.nanoTime() - released > LIMIT);
        }
        JsonArray files = Json.createReader(new StringReader(session.getString("files"))).readArray();
        int finished = 0;
        for (JsonValue value : files) {
            JsonObject file = value.asJsonObject();
            String status = file.getString("status");
            if ("DONE".equals(status) || "FAILED".equals(status)) {
                finished++;
                String key = "digest: " + file.getString("format") + " " + file.getString("language", "") + ("FAILED".equals(status) ? " FAILED" : "")
                        + " after";
                Load.notes.computeIfAbsent(key, k -> String.format("%.1f s from the release", (System.nanoTime() - released) / 1e9));
            }
        }
        boolean all = !files.isEmpty() && finished == files.size();
        if (all) {
            generated.ok(released);
        } else if (System.nanoTime() - released > LIMIT) {
            generated.error(released, finished + " of " + files.size() + " files done after ten minutes");
        }
        return session.remove("files").set("done", all || System.nanoTime() - released > LIMIT);
    }
}
