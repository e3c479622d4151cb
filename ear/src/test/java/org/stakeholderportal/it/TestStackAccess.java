package org.stakeholderportal.it;

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
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** What a black-box test needs from the test stack: real tokens from Keycloak, HTTP, and a look into MariaDB. */
public final class TestStackAccess {

    public static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestStackAccess() {
    }

    public static String keycloakRealmUrl() {
        return "http://127.0.0.1:" + System.getProperty("portal.keycloak.port") + "/realms/portal";
    }

    /** A real access token for a demo user, from Keycloak's token endpoint (resource-owner password grant). */
    public static String accessToken(String username, String password) {
        Map<String, String> form = Map.of(
                "grant_type", "password",
                "client_id", "portal",
                "client_secret", "portal-demo-secret-change-me",
                "username", username,
                "password", password,
                "scope", "openid");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloakRealmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** Waits (up to 60 s: the portal sends queued mail every few seconds) for a mail to arrive at the test SMTP server. */
    public static jakarta.mail.internet.MimeMessage awaitMail(String recipient, String subjectPart) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (jakarta.mail.internet.MimeMessage message : org.stakeholderportal.stack.TestStack.mail().received()) {
                try {
                    boolean to = java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient));
                    if (to && message.getSubject().contains(subjectPart)) {
                        return message;
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail to " + recipient + " with \"" + subjectPart + "\" arrived in 60 s");
    }

    /** A direct connection to the test database, to check what the portal stored. */
    public static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("portal.db.port") + "/portal",
                "portal", "portal-demo-password");
    }
}
