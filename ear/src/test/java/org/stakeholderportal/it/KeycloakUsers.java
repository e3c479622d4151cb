package org.stakeholderportal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Accounts in the test realm, through Keycloak's admin REST API with the portal client's service account, from inside
 * WildFly (whose environment names the provider and the secret, as for the portal itself).
 */
public final class KeycloakUsers {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakUsers() {
    }

    public static void create(String username, String email, String firstName, String lastName) throws Exception {
        String user = Json.createObjectBuilder().add("username", username).add("email", email).add("firstName", firstName)
                .add("lastName", lastName).add("enabled", true).add("emailVerified", true).build().toString();
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(admin() + "/users"))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("Keycloak did not create " + username + ": " + created.statusCode() + " " + created.body());
        }
    }

    public static boolean exists(String username) throws Exception {
        HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(admin() + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (found.statusCode() != 200) {
            throw new IllegalStateException("Keycloak look-up failed: " + found.statusCode() + " " + found.body());
        }
        JsonArray users = Json.createReader(new StringReader(found.body())).readArray();
        return users.stream().anyMatch(u -> username.equals(u.asJsonObject().getString("username")));
    }

    private static String provider() {
        String url = System.getenv("OIDC_PROVIDER_URL");
        return url == null ? "http://127.0.0.1:8180/realms/portal" : url.replaceAll("/+$", "");
    }

    private static String admin() {
        return provider().replace("/realms/", "/admin/realms/");
    }

    private static String token() throws Exception {
        String secret = System.getenv().getOrDefault("OIDC_CLIENT_SECRET", "portal-demo-secret-change-me");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(provider() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=portal&client_secret="
                        + URLEncoder.encode(secret, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The portal's service account got no token: " + response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }
}
