package org.stakeholderportal.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.stakeholderportal.platform.Refusal;

/**
 * The person's account at the identity provider (Keycloak), deleted through its admin REST API with the portal client's
 * own service account (realm role mapping: realm-management view-users and manage-users). The provider address, client
 * and secret are the ones the sign-in uses (OIDC_PROVIDER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET).
 */
@ApplicationScoped
public class IdentityAccounts {

    private static final Logger LOG = Logger.getLogger(IdentityAccounts.class.getName());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Deletes the account with this username; an account that is already gone is fine. Refuses when the provider says no. */
    public void delete(String username) {
        String token = serviceToken();
        String admin = adminUrl();
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(admin + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token).GET());
        if (found.statusCode() != 200) {
            throw refused("look-up answered " + found.statusCode());
        }
        Optional<String> id = userId(found.body(), username);
        if (id.isEmpty()) {
            return;
        }
        HttpResponse<String> deleted = send(HttpRequest.newBuilder(URI.create(admin + "/users/" + id.get()))
                .header("Authorization", "Bearer " + token).DELETE());
        if (deleted.statusCode() != 204 && deleted.statusCode() != 404) {
            throw refused("deletion answered " + deleted.statusCode());
        }
    }

    static Optional<String> userId(String json, String username) {
        JsonArray users = Json.createReader(new StringReader(json)).readArray();
        return users.stream().map(v -> v.asJsonObject())
                .filter(u -> username.equalsIgnoreCase(u.getString("username", "")))
                .map(u -> u.getString("id")).findFirst();
    }

    private String serviceToken() {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(setting("OIDC_CLIENT_SECRET", "portal-demo-secret-change-me"), StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(providerUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw refused("the service account got no token (" + response.statusCode() + ")");
        }
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        return body.getString("access_token");
    }

    /** https://host/realms/portal becomes https://host/admin/realms/portal. */
    static String adminUrl(String providerUrl) {
        String trimmed = providerUrl.replaceAll("/+$", "");
        int realms = trimmed.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalArgumentException("Not a Keycloak realm address: " + providerUrl);
        }
        return trimmed.substring(0, realms) + "/admin" + trimmed.substring(realms);
    }

    private String adminUrl() {
        return adminUrl(providerUrl());
    }

    private static String providerUrl() {
        return setting("OIDC_PROVIDER_URL", "http://127.0.0.1:8180/realms/portal");
    }

    private static String clientId() {
        return setting("OIDC_CLIENT_ID", "portal");
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw refused("unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("interrupted");
        }
    }

    private static Refusal refused(String why) {
        LOG.warning(() -> "Could not delete an account at the identity provider: " + why);
        return new Refusal("privacy.accountNotDeleted");
    }
}
