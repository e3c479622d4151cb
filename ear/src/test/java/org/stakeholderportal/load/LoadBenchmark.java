package org.stakeholderportal.load;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The load benchmark (issue #9), run against the local stack started by {@code mvn package -Prun}: the ceiling of
 * this WildFly (GET /api/ping), public reading (article pages, search), the ceiling of this MariaDB (plain JDBC
 * inserts with commit), a deadline surge of stakeholders with real Keycloak tokens submitting concurrently (some
 * submits sent twice with the same client token, as a client does after a lost answer), the check that every
 * acknowledged submission is in the database exactly once, and the release of a digest until its documents are done.
 * With {@code -Dload.drill=wildfly} it kills WildFly in the middle of the surge, waits for it to be started again,
 * retries what was not acknowledged and checks that nothing acknowledged was lost. See docs/performance.md.
 */
public final class LoadBenchmark {

    private static final String PASSWORD = "load-test-password";
    private static final String ARTICLE = "art-24";
    private static final List<String> SEARCHES = List.of("safeguards", "judicial authorisation", "data protection",
            "international cooperation", "human rights", "electronic evidence");

    private final String portal = setting("load.portal", "http://127.0.0.1:" + setting("portal.http.port", "8080"));
    private final String keycloak = setting("load.keycloak", "http://127.0.0.1:" + setting("portal.keycloak.port", "8180"));
    private final String dbUrl = setting("load.db", "jdbc:mariadb://127.0.0.1:" + setting("portal.db.port", "3307") + "/portal");
    private final String dbUser = setting("load.db.user", "portal");
    private final String dbPassword = setting("load.db.password", "portal-demo-password");
    private final String clientSecret = setting("load.client.secret", "portal-demo-secret-change-me");
    private final String adminUser = setting("load.keycloak.admin", "admin");
    private final String adminPassword = setting("load.keycloak.admin.password", "admin-demo");
    private final int users = Integer.parseInt(setting("load.users", "40"));
    private final int perUser = Integer.parseInt(setting("load.submissions", "3"));
    private final int concurrency = Integer.parseInt(setting("load.concurrency", "16"));
    private final int seconds = Integer.parseInt(setting("load.seconds", "20"));
    private final int retryEvery = Integer.parseInt(setting("load.retryEvery", "5"));
    private final String drill = setting("load.drill", "none");
    private final String run = Long.toString(System.currentTimeMillis() / 1000 % 10_000_000, 36);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** What the portal acknowledged: contribution id → [client token, submission number]. */
    private final Map<Long, String[]> acknowledged = new ConcurrentHashMap<>();
    /** Submissions whose answer never came (connection lost): contribution id → [user, version, client token]. */
    private final Map<Long, Object[]> unanswered = new ConcurrentHashMap<>();
    private final AtomicInteger retryMismatches = new AtomicInteger();
    private final List<Recorder> results = new ArrayList<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        new LoadBenchmark().runAll();
        System.exit(0);
    }

    private static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private void runAll() throws Exception {
        System.out.printf("%nLoad benchmark %s against %s (Keycloak %s, database %s)%n", run, portal, keycloak, dbUrl);
        System.out.printf("%d cores, %d threads, %d users × %d submissions, %d s per timed phase%n%n",
                Runtime.getRuntime().availableProcessors(), concurrency, users, perUser, seconds);
        requireUp();
        long draftId;
        long processId;
        List<String> articles;
        try (Connection db = database()) {
            processId = single(db, "SELECT id FROM negotiation_process WHERE code = 'AHC'");
            draftId = single(db, "SELECT d.id FROM draft d WHERE d.process_id = " + processId + " AND d.version_label = 'Revised draft text'");
            articles = strings(db, "SELECT anchor FROM provision WHERE draft_id = " + draftId + " AND kind = 'ARTICLE' ORDER BY position");
        }

        Recorder ping = timed("ceiling: GET /api/ping", i -> get("/api/ping"));
        Recorder pages = new Recorder("reading: GET article page");
        Recorder search = new Recorder("reading: GET search page");
        timedPair(pages, i -> get("/drafts/article.xhtml?draft=" + draftId + "&article=" + articles.get(i % articles.size())),
                search, i -> get("/search.xhtml?q=" + URLEncoder.encode(SEARCHES.get(i % SEARCHES.size()), StandardCharsets.UTF_8)));
        results.add(ping);
        results.add(pages);
        results.add(search);

        results.add(jdbcCeiling());

        Map<String, String> tokens = setUpStakeholders(processId);
        surge(draftId, tokens);
        if ("wildfly".equals(drill)) {
            recoverAfterKill(draftId);
        }
        verifyNoLostInput();
        digest(draftId);
        report();
    }

    // ---------------------------------------------------------------- HTTP

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A GET that must answer 200; anything else is an error with its status. */
    private Optional<String> get(String path) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(portal + path)).GET());
            return response.statusCode() == 200 ? Optional.empty() : Optional.of(response.statusCode() + " " + path);
        } catch (IOException e) {
            return Optional.of(e + " " + path);
        }
    }

    private HttpResponse<String> api(String token, String method, String path, JsonObject body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal + path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
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
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(values))));
        for (int wait = 0; response.statusCode() == 503 && wait < 120; wait++) {
            // Keycloak starting again (after a drill): it says when to retry.
            sleep(1000);
            response = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/" + realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(values))));
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void requireUp() throws Exception {
        Optional<String> problem = get("/api/health");
        if (problem.isPresent()) {
            throw new IllegalStateException("The portal does not answer at " + portal + " (" + problem.get()
                    + "): start it with mvn package -Prun in another terminal, or pass -Dload.portal=…");
        }
    }

    // ---------------------------------------------------------------- timed phases

    /** Runs {@code request} from every thread in a closed loop for the phase's seconds; a non-empty result is an error. */
    private Recorder timed(String name, IntFunction<Optional<String>> request) throws InterruptedException {
        Recorder recorder = new Recorder(name);
        loop(concurrency, recorder, request);
        return recorder;
    }

    /** Two kinds of request mixed (half the threads each), as readers of pages and of search results come together. */
    private void timedPair(Recorder first, IntFunction<Optional<String>> a, Recorder second, IntFunction<Optional<String>> b)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long started = System.nanoTime();
        AtomicInteger sequence = new AtomicInteger();
        for (int t = 0; t < concurrency; t++) {
            boolean firstKind = t % 2 == 0;
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    int i = sequence.getAndIncrement();
                    long t0 = System.nanoTime();
                    Optional<String> error = (firstKind ? a : b).apply(i);
                    Recorder r = firstKind ? first : second;
                    error.ifPresentOrElse(e -> r.error(t0, e), () -> r.ok(t0));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        first.phase(System.nanoTime() - started);
        second.phase(System.nanoTime() - started);
    }

    private void loop(int threads, Recorder recorder, IntFunction<Optional<String>> request) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long started = System.nanoTime();
        AtomicInteger sequence = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    request.apply(sequence.getAndIncrement()).ifPresentOrElse(e -> recorder.error(t0, e), () -> recorder.ok(t0));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        recorder.phase(System.nanoTime() - started);
    }

    // ---------------------------------------------------------------- database

    private Connection database() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
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

    /** Plain inserts, each committed, from as many threads as the surge, for the phase's seconds: the database's ceiling. */
    private Recorder jdbcCeiling() throws Exception {
        Recorder recorder = new Recorder("ceiling: JDBC insert + commit");
        String table = "load_scratch_" + run;
        try (Connection db = database(); Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE " + table + " (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, token VARCHAR(64) NOT NULL,"
                    + " body TEXT NOT NULL, created_at DATETIME(3) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        }
        List<Connection> connections = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<PreparedStatement> inserts = ThreadLocal.withInitial(() -> {
            try {
                Connection db = database();
                db.setAutoCommit(false);
                connections.add(db);
                return db.prepareStatement("INSERT INTO " + table + " (token, body, created_at) VALUES (?, ?, ?)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            loop(concurrency, recorder, i -> {
                try {
                    PreparedStatement insert = inserts.get();
                    insert.setString(1, "jdbc-" + run + "-" + i);
                    insert.setString(2, "<p>Load " + run + " row " + i + ": the safeguards in this article should be reviewed.</p>");
                    insert.setTimestamp(3, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                    insert.getConnection().commit();
                    return Optional.empty();
                } catch (SQLException | RuntimeException e) {
                    return Optional.of(e.toString());
                }
            });
        } finally {
            for (Connection db : connections) {
                db.close();
            }
            try (Connection db = database(); Statement ddl = db.createStatement()) {
                ddl.execute("DROP TABLE " + table);
            }
        }
        return recorder;
    }

    // ---------------------------------------------------------------- the surge

    /**
     * Load-test organisations (one per ten users, so none reaches the daily limit of 50 submissions), accredited for the
     * process, written to the database as the accreditation workflow would leave them; the users are created in
     * Keycloak through its admin API, with the stakeholder role, each an active member of one organisation. Returns each
     * user's access token from the password grant, as a stakeholder's program would get it.
     */
    private Map<String, String> setUpStakeholders(long processId) throws Exception {
        long started = System.nanoTime();
        int organisations = (users + 9) / 10;
        List<Long> organisationIds = new ArrayList<>();
        try (Connection db = database()) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int o = 0; o < organisations; o++) {
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO organisation (name, name_english, acronym, category, country,"
                        + " region, description, ecosoc_status, contact_name, contact_email, created_at, created_by)"
                        + " VALUES (?, ?, ?, 'NGO', 'CH', 'WESTERN_EUROPEAN_AND_OTHER_STATES', 'Load test organisation', 'NONE', 'Load test',"
                        + " 'load@example.org', ?, 'load-benchmark')", Statement.RETURN_GENERATED_KEYS)) {
                    String name = "Load test organisation " + run + "-" + o;
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
            for (int u = 0; u < users; u++) {
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO membership (organisation_id, process_id, username, role, status,"
                        + " requested_at, decided_at, decided_by) VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, 'load-benchmark')")) {
                    insert.setLong(1, organisationIds.get(u / 10));
                    insert.setLong(2, processId);
                    insert.setString(3, username(u));
                    insert.setString(4, u % 10 == 0 ? "FOCAL_POINT" : "MEMBER");
                    insert.setTimestamp(5, now);
                    insert.setTimestamp(6, now);
                    insert.executeUpdate();
                }
            }
        }
        notes.put("load organisations", organisationIds.toString());

        String admin = token("master", "admin-cli", null, adminUser, adminPassword);
        HttpResponse<String> role = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/portal/roles/stakeholder"))
                .header("Authorization", "Bearer " + admin).GET());
        if (role.statusCode() != 200) {
            throw new IllegalStateException("Keycloak admin API: " + role.statusCode() + " " + role.body());
        }
        String stakeholderRole = "[" + role.body() + "]";
        for (int u = 0; u < users; u++) {
            if (u % 20 == 19) {
                admin = token("master", "admin-cli", null, adminUser, adminPassword);
            }
            JsonObject user = Json.createObjectBuilder().add("username", username(u)).add("email", username(u) + "@load.example.org")
                    .add("firstName", "Load").add("lastName", "User " + u).add("enabled", true).add("emailVerified", true)
                    .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                            .add("value", PASSWORD).add("temporary", false))).build();
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/portal/users"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(user.toString())));
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Keycloak did not create " + username(u) + ": " + created.statusCode() + " " + created.body());
            }
            String location = created.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> mapped = send(HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(stakeholderRole)));
            if (mapped.statusCode() != 204) {
                throw new IllegalStateException("Keycloak did not give " + username(u) + " the stakeholder role: " + mapped.statusCode());
            }
        }
        Map<String, String> tokens = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int u = 0; u < users; u++) {
            String name = username(u);
            pool.execute(() -> {
                try {
                    tokens.put(name, token("portal", "portal", clientSecret, name, PASSWORD));
                } catch (IOException | RuntimeException e) {
                    System.err.println("No token for " + name + ": " + e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        notes.put("set-up (organisations, Keycloak users, tokens)", String.format("%.1f s for %d users, %d tokens",
                (System.nanoTime() - started) / 1e9, users, tokens.size()));
        return tokens;
    }

    private String username(int u) {
        return "load-" + run + "-" + u;
    }

    private void surge(long draftId, Map<String, String> tokens) throws InterruptedException {
        Recorder start = new Recorder("surge: POST /api/contributions (start)");
        Recorder write = new Recorder("surge: PUT /api/contributions/{id} (write)");
        Recorder submit = new Recorder("surge: POST …/submit");
        Recorder repeated = new Recorder("surge: POST …/submit again, same token");
        Recorder whole = new Recorder("surge: whole contribution (3 calls)");
        List<Integer> work = new ArrayList<>();
        for (int k = 0; k < perUser; k++) {
            for (int u = 0; u < users; u++) {
                work.add(k * users + u);
            }
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong killedAt = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        if ("wildfly".equals(drill)) {
            Executors.newSingleThreadScheduledExecutor().schedule(() -> killedAt.set(killWildFly()),
                    Long.parseLong(setting("load.drill.after", "4")), TimeUnit.SECONDS);
        }
        for (int t = 0; t < concurrency; t++) {
            pool.execute(() -> {
                for (int w = next.getAndIncrement(); w < work.size(); w = next.getAndIncrement()) {
                    int item = work.get(w);
                    String name = username(item % users);
                    String token = tokens.get(name);
                    if (token == null) {
                        continue;
                    }
                    contribute(draftId, name, token, item, start, write, submit, repeated, whole);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        long wall = System.nanoTime() - started;
        for (Recorder r : List.of(start, write, submit, repeated, whole)) {
            r.phase(wall);
            results.add(r);
        }
        if (killedAt.get() != 0) {
            notes.put("WildFly killed (drill)", String.format("%.1f s into the surge", (killedAt.get() - started) / 1e9));
        }
    }

    private void contribute(long draftId, String name, String token, int item, Recorder start, Recorder write, Recorder submit,
            Recorder repeated, Recorder whole) {
        long begin = System.nanoTime();
        long t0 = begin;
        try {
            HttpResponse<String> created = api(token, "POST", "/api/contributions",
                    Json.createObjectBuilder().add("draftId", draftId).add("article", ARTICLE).build());
            if (created.statusCode() != 201) {
                start.error(t0, created.statusCode() + " " + created.body());
                whole.error(begin, "start");
                return;
            }
            start.ok(t0);
            JsonObject started = json(created.body());
            long id = started.getJsonNumber("id").longValue();
            String title = "Load " + run + " contribution " + item + " by " + name;
            t0 = System.nanoTime();
            HttpResponse<String> written = api(token, "PUT", "/api/contributions/" + id, Json.createObjectBuilder()
                    .add("version", started.getJsonNumber("version").longValue()).add("kind", "GENERAL_COMMENT").add("title", title)
                    .add("comment", "<p>" + title + ": the safeguards in this article should be reviewed by an independent"
                            + " authority, and the period of retention should be limited to what is strictly necessary.</p>")
                    .add("language", "en").build());
            if (written.statusCode() != 200) {
                write.error(t0, written.statusCode() + " " + written.body());
                whole.error(begin, "write");
                return;
            }
            write.ok(t0);
            long version = json(written.body()).getJsonNumber("version").longValue();
            String clientToken = "load-" + run + "-" + item;
            JsonObject step = Json.createObjectBuilder().add("version", version).add("clientToken", clientToken).build();
            t0 = System.nanoTime();
            HttpResponse<String> submitted;
            try {
                submitted = api(token, "POST", "/api/contributions/" + id + "/submit", step);
            } catch (IOException lost) {
                // No answer: the client does not know whether it was stored; it will retry with the same token.
                unanswered.put(id, new Object[] {name, version, clientToken});
                submit.error(t0, lost.toString());
                whole.error(begin, "submit");
                return;
            }
            if (submitted.statusCode() != 200) {
                submit.error(t0, submitted.statusCode() + " " + submitted.body());
                whole.error(begin, "submit");
                return;
            }
            submit.ok(t0);
            whole.ok(begin);
            String number = json(submitted.body()).getString("submissionNumber");
            acknowledged.put(id, new String[] {clientToken, number});
            if (retryEvery > 0 && item % retryEvery == 0) {
                t0 = System.nanoTime();
                HttpResponse<String> again = api(token, "POST", "/api/contributions/" + id + "/submit", step);
                if (again.statusCode() == 200 && number.equals(json(again.body()).getString("submissionNumber"))) {
                    repeated.ok(t0);
                } else {
                    retryMismatches.incrementAndGet();
                    repeated.error(t0, again.statusCode() + " " + again.body());
                }
            }
        } catch (IOException | RuntimeException e) {
            whole.error(begin, e.toString());
        }
    }

    // ---------------------------------------------------------------- WildFly killed and restarted

    /** Kills (SIGKILL, no shutdown) the WildFly that serves the portal's HTTP port; returns when it did, 0 if none found. */
    private long killWildFly() {
        String port = URI.create(portal).getPort() + "";
        Optional<ProcessHandle> wildfly = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && c.contains("-Djboss.http.port=" + port))
                        .orElse(false))
                .findFirst();
        if (wildfly.isEmpty()) {
            System.err.println("Drill: no WildFly process with -Djboss.http.port=" + port + " found; nothing killed.");
            return 0;
        }
        wildfly.get().destroyForcibly();
        System.out.printf("%nDrill: WildFly (pid %d) killed. Start the portal again (Ctrl-C the run command, then mvn package -Prun);"
                + " waiting for it...%n", wildfly.get().pid());
        return System.nanoTime();
    }

    private void recoverAfterKill(long draftId) throws Exception {
        long waitStarted = System.nanoTime();
        long deadline = waitStarted + TimeUnit.MINUTES.toNanos(15);
        while (get("/api/health").isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The portal did not come back within 15 minutes");
            }
            Thread.sleep(1000);
        }
        notes.put("drill: portal back after", String.format("%.0f s of waiting", (System.nanoTime() - waitStarted) / 1e9));
        int stored = 0;
        int recovered = 0;
        Map<String, String> fresh = new LinkedHashMap<>();
        for (Map.Entry<Long, Object[]> lost : unanswered.entrySet()) {
            String name = (String) lost.getValue()[0];
            String token = fresh.computeIfAbsent(name, n -> {
                try {
                    return token("portal", "portal", clientSecret, n, PASSWORD);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            JsonObject step = Json.createObjectBuilder().add("version", (long) lost.getValue()[1]).add("clientToken", (String) lost.getValue()[2])
                    .build();
            HttpResponse<String> retried = api(token, "POST", "/api/contributions/" + lost.getKey() + "/submit", step);
            if (retried.statusCode() == 200) {
                acknowledged.put(lost.getKey(), new String[] {(String) lost.getValue()[2], json(retried.body()).getString("submissionNumber")});
                recovered++;
            } else if (retried.statusCode() == 409) {
                stored++;
            }
        }
        notes.put("drill: unanswered submits retried with their token", unanswered.size() + " (" + recovered + " acknowledged on retry, "
                + stored + " refused as changed)");
    }

    // ---------------------------------------------------------------- no lost input

    private void verifyNoLostInput() throws SQLException {
        int once = 0;
        List<String> problems = new ArrayList<>();
        try (Connection db = database();
                PreparedStatement select = db.prepareStatement("SELECT COUNT(*), MIN(c.status), MIN(c.submission_number),"
                        + " MIN((SELECT COUNT(*) FROM contribution_version v WHERE v.contribution_id = c.id)) FROM contribution c WHERE c.client_token = ?")) {
            for (Map.Entry<Long, String[]> ack : acknowledged.entrySet()) {
                select.setString(1, ack.getValue()[0]);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    if (row.getInt(1) == 1 && "SUBMITTED".equals(row.getString(2)) && ack.getValue()[1].equals(row.getString(3))
                            && row.getInt(4) >= 1) {
                        once++;
                    } else {
                        problems.add(ack.getKey() + ": " + row.getInt(1) + " rows, " + row.getString(2) + " " + row.getString(3));
                    }
                }
            }
            long submitted = single(db, "SELECT COUNT(*) FROM contribution WHERE client_token LIKE 'load-" + run + "-%'"
                    + " AND status = 'SUBMITTED'");
            notes.put("no lost input", String.format("%d acknowledged, %d in the database exactly once, %d missing or duplicated;"
                    + " %d submitted rows of this run in all; %d repeated submits answered differently",
                    acknowledged.size(), once, problems.size(), submitted, retryMismatches.get()));
        }
        problems.stream().limit(5).forEach(p -> System.err.println("LOST OR DUPLICATED: " + p));
    }

    // ---------------------------------------------------------------- digest

    private void digest(long draftId) throws Exception {
        String token = token("portal", "portal", clientSecret, "sofia", "sofia");
        Recorder release = new Recorder("digest: POST /api/digests (release)");
        long t0 = System.nanoTime();
        HttpResponse<String> released = api(token, "POST", "/api/digests?draft=" + draftId + "&language=en", null);
        if (released.statusCode() != 201) {
            release.error(t0, released.statusCode() + " " + released.body());
            release.phase(System.nanoTime() - t0);
            results.add(release);
            return;
        }
        release.ok(t0);
        release.phase(System.nanoTime() - t0);
        results.add(release);
        JsonObject digest = json(released.body());
        long id = digest.getJsonNumber("id").longValue();
        Map<String, Double> doneAfter = new LinkedHashMap<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> files = api(token, "GET", "/api/digests/" + id + "/files", null);
            JsonArray list = Json.createReader(new StringReader(files.body())).readArray();
            for (JsonValue value : list) {
                JsonObject file = value.asJsonObject();
                String key = file.getString("format") + " " + file.getString("language", "");
                String status = file.getString("status");
                if (!doneAfter.containsKey(key) && ("DONE".equals(status) || "FAILED".equals(status))) {
                    doneAfter.put(key + ("FAILED".equals(status) ? " FAILED" : ""), (System.nanoTime() - t0) / 1e9);
                }
            }
            if (!list.isEmpty() && doneAfter.size() >= list.size()) {
                break;
            }
            Thread.sleep(200);
        }
        notes.put("digest: contributions in the release", String.valueOf(digest.getInt("contributions")));
        doneAfter.forEach((file, s) -> notes.put("digest: " + file + " done after", String.format("%.1f s from the release", s)));
    }

    // ---------------------------------------------------------------- report

    private void report() {
        Map<String, Recorder> byName = results.stream().collect(Collectors.toMap(r -> r.name, r -> r, (a, b) -> a, LinkedHashMap::new));
        Recorder ping = byName.get("ceiling: GET /api/ping");
        Recorder jdbc = byName.get("ceiling: JDBC insert + commit");
        System.out.println();
        System.out.println(Recorder.header() + "   share of its ceiling");
        for (Recorder r : results) {
            Recorder ceiling = r.name.startsWith("reading") ? ping
                    : r.name.startsWith("surge: whole") || r.name.startsWith("surge: POST …/submit") && !r.name.contains("again") ? jdbc : null;
            String share = ceiling == null || ceiling.throughput() == 0 ? ""
                    : String.format("   %5.1f %% of %s (%.0f/s)", 100 * r.throughput() / ceiling.throughput(),
                            ceiling == ping ? "ping" : "JDBC", ceiling.throughput());
            System.out.println(r.row() + share);
        }
        System.out.println();
        notes.forEach((k, v) -> System.out.printf("%-48s %s%n", k, v));
        List<String> errors = results.stream().filter(r -> r.errors() > 0)
                .map(r -> r.name + ": " + String.join(" | ", r.firstErrors())).toList();
        if (!errors.isEmpty()) {
            System.out.println("\nFirst errors:");
            errors.forEach(e -> System.out.println("  " + e));
        }
        System.out.println();
    }
}
