package org.stakeholderportal.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The load benchmark (issue #9), run by {@code mvn package -Pbenchmark} against the portal of {@code mvn package -Prun}
 * (or, with {@code -Dload.portal=http://127.0.0.1:8090}, against the two-node cluster behind nginx). Phases, one after
 * another in this JVM: the server's ceiling (Gatling, GET /api/ping), public reading (Gatling), the database's ceiling
 * (plain JDBC inserts with commit, from Java), the set-up of stakeholders in Keycloak, the deadline surge (Gatling, open
 * model, with a drill if asked), the retry of unanswered submits, the no-lost-input check in MariaDB, and the digest
 * (Gatling). Each Gatling phase is its own simulation, so each measure has its own window and sits beside the ceiling
 * measured minutes before; one table is printed at the end. Exit code 1 when an acknowledged submission is missing or
 * stored twice, or a repeated submit got another answer. See docs/performance.md.
 */
public final class BenchmarkRunner {

    private static final Set<String> PHASES = Set.of(Load.setting("load.phases", "ping,reading,jdbc,surge,digest").split(","));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String results = Load.setting("load.results", "target/gatling");
    private int lostOrDuplicated;

    public static void main(String[] args) throws Exception {
        BenchmarkRunner runner = new BenchmarkRunner();
        boolean passed;
        try {
            passed = runner.runAll();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(2);
            return;
        }
        System.exit(passed ? 0 : 1);
    }

    private boolean runAll() throws Exception {
        System.out.printf("%nLoad benchmark %s against %s (Keycloak %s, database %s)%n", Load.RUN, Load.PORTAL, Load.KEYCLOAK, Load.DB_URL);
        System.out.printf("%d cores; closed phases: %d users for %d s; surge: %d users × %d contributions arriving at %.1f/s;"
                        + " phases %s; drill %s%n%n", Runtime.getRuntime().availableProcessors(), Load.CONCURRENCY, Load.SECONDS, Load.USERS,
                Load.PER_USER, Load.RATE, String.join(",", PHASES), Load.DRILL);
        requireUp();
        long processId;
        try (Connection db = database()) {
            processId = single(db, "SELECT id FROM negotiation_process WHERE code = 'AHC'");
            Load.draftId = single(db, "SELECT d.id FROM draft d WHERE d.process_id = " + processId + " AND d.version_label = 'Revised draft text'");
            Load.articles = strings(db, "SELECT anchor FROM provision WHERE draft_id = " + Load.draftId + " AND kind = 'ARTICLE' ORDER BY position");
        }
        Recorder ping = phase("ping") ? gatling(PingSimulation.class) : null;
        if (phase("reading")) {
            gatling(ReadingSimulation.class);
        }
        Recorder jdbc = phase("jdbc") ? jdbcCeiling() : null;
        if (phase("surge")) {
            setUpStakeholders(processId);
            gatling(SurgeSimulation.class);
            if (!Load.unanswered.isEmpty() || Drill.killedAt != 0) {
                retryUnanswered();
            }
            verifyNoLostInput();
        }
        if (phase("digest")) {
            Load.secretariatToken = token("portal", "portal", Load.CLIENT_SECRET, "sofia", "sofia");
            gatling(DigestSimulation.class);
        }
        report(ping, jdbc);
        return lostOrDuplicated == 0 && Load.retryMismatches.get() == 0;
    }

    private static boolean phase(String name) {
        return PHASES.contains(name);
    }

    /** Runs one simulation in this JVM (its HTML report goes to the results folder) and returns its first measure. */
    private Recorder gatling(Class<?> simulation) {
        int before = Load.results.size();
        int code = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"--simulation", simulation.getName(), "--results-folder", results,
                "--run-description", "load " + Load.RUN});
        if (code != 0) {
            throw new IllegalStateException("Gatling ended " + simulation.getSimpleName() + " with exit code " + code);
        }
        return Load.results.size() > before ? Load.results.get(before) : null;
    }

    // ---------------------------------------------------------------- HTTP outside Gatling (set-up, retries)

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String token(String realm, String clientId, String secret, String username, String password) throws IOException {
        Map<String, String> values = new LinkedHashMap<>(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", password));
        if (secret != null) {
            values.put("client_secret", secret);
            values.put("scope", "openid");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Load.KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(values)));
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    private int status(String path) {
        try {
            return send(HttpRequest.newBuilder(URI.create(Load.PORTAL + path)).GET()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private void requireUp() {
        int status = status("/api/health");
        if (status != 200) {
            throw new IllegalStateException("The portal does not answer at " + Load.PORTAL + " (" + status
                    + "): start it with mvn package -Prun in another terminal, or pass -Dload.portal=…");
        }
    }

    // ---------------------------------------------------------------- database

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(Load.DB_URL, Load.DB_USER, Load.DB_PASSWORD);
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("Nothing found by " + sql + ": is this the demo data of the local stack?");
            }
            return row.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }

    /**
     * The database's ceiling: plain inserts of a comment-sized row, each committed, from CONCURRENCY connections in a
     * closed loop for the phase's seconds, into a scratch table of the same MariaDB (created here, dropped after).
     */
    private Recorder jdbcCeiling() throws Exception {
        Recorder recorder = Load.recorder("ceiling: JDBC insert + commit");
        String table = "load_scratch_" + Load.RUN;
        try (Connection db = database(); Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE " + table + " (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, token VARCHAR(64) NOT NULL,"
                    + " body TEXT NOT NULL, created_at DATETIME(3) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        }
        ExecutorService pool = Executors.newFixedThreadPool(Load.CONCURRENCY);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(Load.SECONDS);
        AtomicInteger sequence = new AtomicInteger();
        try {
            for (int t = 0; t < Load.CONCURRENCY; t++) {
                pool.execute(() -> {
                    try (Connection db = database();
                            PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (token, body, created_at) VALUES (?, ?, ?)")) {
                        db.setAutoCommit(false);
                        while (System.nanoTime() < end) {
                            int i = sequence.getAndIncrement();
                            long t0 = System.nanoTime();
                            try {
                                insert.setString(1, "jdbc-" + Load.RUN + "-" + i);
                                insert.setString(2, "<p>Load " + Load.RUN + " row " + i + ": the safeguards in this article should be reviewed.</p>");
                                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                                insert.executeUpdate();
                                db.commit();
                                recorder.ok(t0);
                            } catch (SQLException e) {
                                recorder.error(t0, e.toString());
                            }
                        }
                    } catch (SQLException e) {
                        recorder.error(System.nanoTime(), e.toString());
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(Load.SECONDS + 120L, TimeUnit.SECONDS);
        } finally {
            try (Connection db = database(); Statement ddl = db.createStatement()) {
                ddl.execute("DROP TABLE " + table);
            }
        }
        return recorder;
    }

    // ---------------------------------------------------------------- the stakeholders of the surge

    /**
     * Load-test organisations (one per load.perOrganisation users, 2 by default, as on deadline day: many organisations, a few
     * writers each; never enough submissions to reach the daily limit of 50), accredited for the
     * process, written to the database as the accreditation workflow would leave them; the users are created in
     * Keycloak through its admin API, with the stakeholder role, each an active member of one organisation. Their access
     * tokens come from the password grant, as a stakeholder's program would get them.
     */
    private void setUpStakeholders(long processId) throws Exception {
        long started = System.nanoTime();
        int organisations = (Load.USERS + Load.PER_ORGANISATION - 1) / Load.PER_ORGANISATION;
        List<Long> organisationIds = new ArrayList<>();
        try (Connection db = database()) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int o = 0; o < organisations; o++) {
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO organisation (name, name_english, acronym, category, country,"
                        + " region, description, ecosoc_status, contact_name, contact_email, created_at, created_by)"
                        + " VALUES (?, ?, ?, 'NGO', 'CH', 'WESTERN_EUROPEAN_AND_OTHER_STATES', 'Load test organisation', 'NONE', 'Load test',"
                        + " 'load@example.org', ?, 'load-benchmark')", Statement.RETURN_GENERATED_KEYS)) {
                    String name = "Load test organisation " + Load.RUN + "-" + o;
                    insert.setString(1, name);
                    insert.setString(2, name);
                    insert.setString(3, "LT" + o);
                    insert.setTimestamp(4, now);
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        organisationIds.add(key.getLong(1));
                    }
                }
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO accreditation (organisation_id, process_id, status, applied_at,"
                        + " applied_by, decided_at, decided_by) VALUES (?, ?, 'ACCREDITED', ?, 'load-benchmark', ?, 'load-benchmark')")) {
                    insert.setLong(1, organisationIds.get(o));
                    insert.setLong(2, processId);
                    insert.setTimestamp(3, now);
                    insert.setTimestamp(4, now);
                    insert.executeUpdate();
                }
            }
            for (int u = 0; u < Load.USERS; u++) {
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO membership (organisation_id, process_id, username, role, status,"
                        + " requested_at, decided_at, decided_by) VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, 'load-benchmark')")) {
                    insert.setLong(1, organisationIds.get(u / Load.PER_ORGANISATION));
                    insert.setLong(2, processId);
                    insert.setString(3, Load.username(u));
                    insert.setString(4, u % 10 == 0 ? "FOCAL_POINT" : "MEMBER");
                    insert.setTimestamp(5, now);
                    insert.setTimestamp(6, now);
                    insert.executeUpdate();
                }
            }
        }

        String admin = token("master", "admin-cli", null, Load.ADMIN_USER, Load.ADMIN_PASSWORD);
        HttpResponse<String> role = send(HttpRequest.newBuilder(URI.create(Load.KEYCLOAK + "/admin/realms/portal/roles/stakeholder"))
                .header("Authorization", "Bearer " + admin).GET());
        if (role.statusCode() != 200) {
            throw new IllegalStateException("Keycloak admin API: " + role.statusCode() + " " + role.body());
        }
        String stakeholderRole = "[" + role.body() + "]";
        for (int u = 0; u < Load.USERS; u++) {
            if (u % 20 == 19) {
                // The admin token lives one minute; creating users hashes passwords and takes a while.
                admin = token("master", "admin-cli", null, Load.ADMIN_USER, Load.ADMIN_PASSWORD);
            }
            String name = Load.username(u);
            JsonObject user = Json.createObjectBuilder().add("username", name).add("email", name + "@load.example.org")
                    .add("firstName", "Load").add("lastName", "User " + u).add("enabled", true).add("emailVerified", true)
                    .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                            .add("value", Load.PASSWORD).add("temporary", false))).build();
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(Load.KEYCLOAK + "/admin/realms/portal/users"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(user.toString())));
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Keycloak did not create " + name + ": " + created.statusCode() + " " + created.body());
            }
            String location = created.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> mapped = send(HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(stakeholderRole)));
            if (mapped.statusCode() != 204) {
                throw new IllegalStateException("Keycloak did not give " + name + " the stakeholder role: " + mapped.statusCode());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int u = 0; u < Load.USERS; u++) {
            String name = Load.username(u);
            pool.execute(() -> {
                try {
                    Load.tokens.put(name, token("portal", "portal", Load.CLIENT_SECRET, name, Load.PASSWORD));
                } catch (IOException | RuntimeException e) {
                    System.err.println("No token for " + name + ": " + e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        Load.notes.put("set-up (organisations, Keycloak users, tokens)", String.format("%.1f s: %d organisations %s, %d users, %d tokens",
                (System.nanoTime() - started) / 1e9, organisations, organisationIds, Load.USERS, Load.tokens.size()));
    }

    // ---------------------------------------------------------------- after the surge

    /**
     * Waits until the portal answers again (after a drill), then retries every submit that got no answer or a 5xx with
     * its own clientToken and a fresh token for its user, as a client would.
     */
    private void retryUnanswered() throws Exception {
        long waitStarted = System.nanoTime();
        long deadline = waitStarted + TimeUnit.MINUTES.toNanos(15);
        while (status("/api/health") != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The portal did not answer again within 15 minutes");
            }
            Thread.sleep(1000);
        }
        if (Drill.restartedPid != 0) {
            Load.notes.put("drill: portal answering again", String.format("%.0f s after the kill", (System.nanoTime() - Drill.killedAt) / 1e9));
        }
        int acknowledgedOnRetry = 0;
        List<String> refused = new ArrayList<>();
        Map<String, String> fresh = new LinkedHashMap<>();
        for (Map.Entry<Long, Object[]> lost : Load.unanswered.entrySet()) {
            String name = (String) lost.getValue()[0];
            String token = fresh.get(name);
            if (token == null) {
                token = token("portal", "portal", Load.CLIENT_SECRET, name, Load.PASSWORD);
                fresh.put(name, token);
            }
            JsonObject step = Json.createObjectBuilder().add("version", (long) lost.getValue()[1]).add("clientToken", (String) lost.getValue()[2])
                    .build();
            HttpResponse<String> retried = send(HttpRequest.newBuilder(URI.create(Load.PORTAL + "/api/contributions/" + lost.getKey() + "/submit"))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(step.toString())));
            if (retried.statusCode() == 200) {
                Load.acknowledged.put(lost.getKey(), new String[] {(String) lost.getValue()[2], json(retried.body()).getString("submissionNumber")});
                acknowledgedOnRetry++;
            } else {
                refused.add(retried.statusCode() + " " + retried.body());
            }
        }
        Load.notes.put("unanswered submits retried with their clientToken", String.format("%d: %d acknowledged on retry, %d refused%s",
                Load.unanswered.size(), acknowledgedOnRetry, refused.size(), refused.isEmpty() ? "" : " (" + refused.get(0) + ")"));
        Drill.restartedNote().ifPresent(note -> Load.notes.put("drill: NOTE", note));
    }

    /** Every acknowledged submission must be in MariaDB exactly once, by its clientToken, with the number acknowledged. */
    private void verifyNoLostInput() throws SQLException {
        int once = 0;
        List<String> problems = new ArrayList<>();
        try (Connection db = database();
                PreparedStatement select = db.prepareStatement("SELECT COUNT(*), MIN(c.status), MIN(c.submission_number),"
                        + " MIN((SELECT COUNT(*) FROM contribution_version v WHERE v.contribution_id = c.id)) FROM contribution c WHERE c.client_token = ?")) {
            for (Map.Entry<Long, String[]> ack : Load.acknowledged.entrySet()) {
                select.setString(1, ack.getValue()[0]);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    if (row.getInt(1) == 1 && "SUBMITTED".equals(row.getString(2)) && ack.getValue()[1].equals(row.getString(3))
                            && row.getInt(4) >= 1) {
                        once++;
                    } else {
                        problems.add(ack.getKey() + " (" + ack.getValue()[0] + "): " + row.getInt(1) + " rows, " + row.getString(2) + " "
                                + row.getString(3) + ", acknowledged as " + ack.getValue()[1]);
                    }
                }
            }
            long submitted = single(db, "SELECT COUNT(*) FROM contribution WHERE client_token LIKE 'load-" + Load.RUN + "-%' AND status = 'SUBMITTED'");
            Load.notes.put("no lost input", String.format("%d acknowledged, %d in the database exactly once, %d missing or duplicated;"
                    + " %d submitted rows of this run in all; %d repeated submits answered differently",
                    Load.acknowledged.size(), once, problems.size(), submitted, Load.retryMismatches.get()));
        }
        lostOrDuplicated = problems.size();
        problems.stream().limit(10).forEach(p -> System.err.println("LOST OR DUPLICATED: " + p));
    }

    // ---------------------------------------------------------------- report

    private void report(Recorder ping, Recorder jdbc) {
        System.out.println();
        System.out.println("Results of load " + Load.RUN + " (Gatling's HTML reports: " + results + ")");
        System.out.println(Recorder.header() + "   beside its ceiling, same run");
        List<Recorder> all;
        synchronized (Load.results) {
            all = new ArrayList<>(Load.results);
        }
        for (Recorder r : all) {
            Recorder ceiling = r.name.startsWith("reading") || r.name.startsWith("digest: GET") ? ping
                    : r.name.startsWith("surge: whole") || r.name.equals("surge: POST …/submit") ? jdbc : null;
            String share = ceiling == null || ceiling.throughput() == 0 ? ""
                    : String.format("   %5.1f %% of %s (%.0f/s)", 100 * r.throughput() / ceiling.throughput(),
                            ceiling == ping ? "ping" : "JDBC", ceiling.throughput());
            System.out.println(r.row() + share);
        }
        System.out.println();
        Map<String, String> notes;
        synchronized (Load.notes) {
            notes = new LinkedHashMap<>(Load.notes);
        }
        notes.forEach((k, v) -> System.out.printf("%-48s %s%n", k, v));
        List<String> errors = all.stream().filter(r -> r.errors() > 0).map(r -> r.name + ": " + String.join(" | ", r.firstErrors())).toList();
        if (!errors.isEmpty()) {
            System.out.println("\nFirst errors:");
            errors.forEach(e -> System.out.println("  " + e));
        }
        System.out.println();
        if (lostOrDuplicated > 0 || Load.retryMismatches.get() > 0) {
            System.out.println("FAILED: " + lostOrDuplicated + " acknowledged submissions missing or duplicated, " + Load.retryMismatches.get()
                    + " repeated submits answered with another submission");
        }
    }
}
