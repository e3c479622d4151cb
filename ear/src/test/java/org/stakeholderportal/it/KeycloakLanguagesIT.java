package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keycloak's sign-in page, where every stakeholder starts, speaks the six UN languages (Arabic right to left). */
class KeycloakLanguagesIT extends PortalBlackBox {

    @Test
    void theSignInPageIsOfferedInTheSixLanguages() {
        List<String> problems = new java.util.ArrayList<>();
        for (String language : List.of("en", "fr", "es", "ru", "ar", "zh-CN")) {
            String address = TestStackAccess.keycloakRealmUrl() + "/protocol/openid-connect/auth?client_id=portal&response_type=code"
                    + "&scope=openid&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                    + "&ui_locales=" + language + "&redirect_uri="
                    + URLEncoder.encode(url("/workspace/index.xhtml"), StandardCharsets.UTF_8);
            HttpResponse<String> page = TestStackAccess.send(HttpRequest.newBuilder(URI.create(address)).build());
            assertEquals(200, page.statusCode(), language);
            Matcher html = Pattern.compile("<html[^>]*\\blang=\"([^\"]+)\"([^>]*)>").matcher(page.body());
            String pageLanguage = html.find() ? html.group(1) : "none";
            if (!pageLanguage.startsWith(language.substring(0, 2))) {
                problems.add(language + ": page language " + pageLanguage);
            }
            if (language.equals("ar") && !page.body().contains("dir=\"rtl\"")) {
                problems.add("ar: not right to left");
            }
            if (page.body().contains("Sign in to your account") != language.equals("en")) {
                problems.add(language + ": the title is " + (language.equals("en") ? "not in English" : "still in English"));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
