package org.stakeholderportal.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * "keycloak": UP when the realm's OpenID configuration answers 200 within 3 seconds, at OIDC_PROVIDER_URL (the
 * address WildFly's OIDC client uses, see WEB-INF/oidc.json). Without it nobody can sign in; public pages still work.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    static final String DEFAULT_PROVIDER = "http://127.0.0.1:8180/realms/portal";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public HealthCheckResponse call() {
        String configured = System.getenv("OIDC_PROVIDER_URL");
        String provider = (configured == null || configured.isBlank() ? DEFAULT_PROVIDER : configured.trim()).replaceAll("/+$", "");
        int status;
        try {
            status = http.send(HttpRequest.newBuilder(URI.create(provider + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | IllegalArgumentException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        return HealthCheckResponse.named("keycloak").withData("provider", provider)
                .withData("answer", status < 0 ? "none" : String.valueOf(status)).status(status == 200).build();
    }
}
