package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Script and SQL in every field a person types and in file names (people's names come from Keycloak, whose user
 * profile refuses markup characters in them): stored as typed (SQL never runs, nothing is
 * lost), shown escaped wherever it is read back (no element or event handler of the attacker's in the served page),
 * never a server error.
 */
class InjectionIT extends PortalBlackBox {

    private static final String SCRIPT = "<script>alert('xss-s')</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert('xss-i')>";
    private static final String SQL = "x'); DROP TABLE contribution; -- ' OR '1'='1";

    /** Anything the payloads would have become had they reached the page as markup. */
    private static final Pattern LIVE = Pattern.compile("<script>alert|<img[^>]*onerror|onerror=alert\\('xss-i'\\)>");

    private HttpResponse<String> page(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return TestStackAccess.send(request.build());
    }

    private static void servedSafely(HttpResponse<String> page, String where) {
        assertEquals(200, page.statusCode(), where);
        assertFalse(LIVE.matcher(page.body()).find(), where + " serves a payload as markup");
    }

    @Test
    void contributionFieldsAndFileNamesAreStoredAsTypedAndShownEscaped() throws Exception {
        SecurityFixtures fixtures = new SecurityFixtures(url("/"));
        String process = fixtures.ids().get("process");
        ContributionClient amina = new ContributionClient(url("/"), "amina", "amina");
        long draft = ContributionClient.revisedDraftId();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String title = SCRIPT + " " + SQL + " " + marker;

        HttpResponse<String> created = amina.call("POST", "/api/contributions", Json.createObjectBuilder().add("draftId", draft)
                .add("article", "art-24").build().toString(), null);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject started = TestStackAccess.json(created.body());
        long id = started.getJsonNumber("id").longValue();
        HttpResponse<String> written = amina.call("PUT", "/api/contributions/" + id, Json.createObjectBuilder()
                .add("version", started.getJsonNumber("version").longValue()).add("kind", "PROPOSED_AMENDMENT").add("title", title)
                .add("comment", "<p>" + IMAGE + "</p>" + SCRIPT + "<p><a href=\"javascript:alert(1)\">link</a> " + SQL + "</p>")
                .add("proposedWording", "Such powers " + SCRIPT + IMAGE + " " + SQL)
                .add("rationale", IMAGE + " " + SQL).add("language", "en").build().toString(), null);
        assertEquals(200, written.statusCode(), written.body());
        JsonObject saved = TestStackAccess.json(written.body());
        assertEquals(title, saved.getString("title"), "the title is kept exactly as typed");
        assertFalse(saved.getString("comment").contains("<script") || saved.getString("comment").contains("onerror")
                || saved.getString("comment").contains("javascript:"), "the comment's markup is sanitised: " + saved.getString("comment"));

        for (String name : List.of("<img src=x onerror=alert('xss-f')>.pdf", "x'; DROP TABLE attachment; --.pdf", "evil\r\nSet-Cookie: pwned=1.pdf")) {
            HttpResponse<String> attached = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/api/contributions/" + id
                            + "/attachments?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))))
                    .header("Authorization", "Bearer " + SecurityFixtures.token("amina")).header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ContributionApiIT.pdf())).build());
            assertTrue(attached.statusCode() == 201 || attached.statusCode() == 400, name + ": " + attached.statusCode() + " " + attached.body());
            if (attached.statusCode() == 201) {
                JsonObject attachment = TestStackAccess.json(attached.body());
                HttpResponse<String> download = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url(attachment.getString("href"))))
                        .header("Authorization", "Bearer " + SecurityFixtures.token("amina")).build());
                assertEquals(200, download.statusCode());
                assertTrue(download.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("pwned")),
                        "a file name cannot add a header");
                String disposition = download.headers().firstValue("Content-Disposition").orElse("");
                assertTrue(disposition.startsWith("attachment;") && !disposition.contains("\n"), disposition);
            }
        }
        String sqlAttachment = TestStackAccess.json(amina.call("GET", "/api/contributions/" + id, null, null).body())
                .getJsonArray("attachments").getValuesAs(JsonObject.class).stream().map(a -> a.getString("fileName"))
                .filter(n -> n.contains("DROP")).findFirst().orElse("");
        assertTrue(sqlAttachment.contains("DROP TABLE attachment"), "the SQL-like file name is stored literally: " + sqlAttachment);

        try (Connection db = TestStackAccess.database();
                PreparedStatement select = db.prepareStatement("SELECT title, rationale FROM contribution WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertEquals(title, row.getString(1), "SQL in a field is data");
                assertEquals(IMAGE + " " + SQL, row.getString(2));
            }
        }

        String aminaToken = SecurityFixtures.token("amina");
        servedSafely(page("/workspace/contribution.xhtml?id=" + id, aminaToken), "the contribution form");
        assertTrue(page("/workspace/contribution.xhtml?id=" + id, aminaToken).body().contains("&lt;script&gt;alert("), "the title is shown, escaped");
        servedSafely(page("/workspace/contributions.xhtml?process=" + process, aminaToken), "the organisation's list");

        long version = TestStackAccess.json(amina.call("GET", "/api/contributions/" + id, null, null).body()).getJsonNumber("version").longValue();
        HttpResponse<String> submitted = amina.call("POST", "/api/contributions/" + id + "/submit", "{\"version\":" + version
                + ",\"clientToken\":\"inj-" + marker + "\"}", null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        servedSafely(page("/workspace/receipt.xhtml?id=" + id, aminaToken), "the receipt");
        String sofia = SecurityFixtures.token("sofia");
        HttpResponse<String> review = page("/secretariat/contribution.xhtml?id=" + id, sofia);
        servedSafely(review, "the secretariat's review page");
        assertTrue(review.body().contains(marker), "the secretariat reads it");
        assertTrue(review.body().contains("onerror=alert(&#39;xss-f&#39;)") || review.body().contains("onerror=alert('xss-f')&gt;")
                || review.body().contains("&lt;img"), "the file name is shown, escaped");
        servedSafely(page("/secretariat/review.xhtml?process=" + process, sofia), "the review queue");
        servedSafely(page("/secretariat/dashboard.xhtml?process=" + process, sofia), "the dashboard");
        servedSafely(page("/secretariat/audit.xhtml", sofia), "the audit trail");
    }

    @Test
    void searchQueriesAreParametersNotCode() {
        SecurityFixtures fixtures;
        String process;
        try {
            fixtures = new SecurityFixtures(url("/"));
            process = fixtures.ids().get("process");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (String query : List.of(SCRIPT, IMAGE, SQL, "\" OR 1=1 --", "title:*) OR (*:*", "${7*7}", "#{7*7}", "%' AND SLEEP(5) --")) {
            HttpResponse<String> result = page("/search.xhtml?process=" + process + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null);
            servedSafely(result, "search for " + query);
            assertFalse(result.body().contains(">49<"), "an expression in the query is not evaluated");
        }
        HttpResponse<String> api = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/api/drafts/"
                + URLEncoder.encode("1 OR 1=1", StandardCharsets.UTF_8)))).header("Accept", "application/json").build());
        assertEquals(404, api.statusCode(), "a path parameter that is not a number names nothing");
    }

    @Test
    void anOrganisationApplicationAndAPersonsNameAreShownEscaped() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "inject-" + suffix;
        try (Browser newcomer = Browser.desktop()) {
            newcomer.open(url("/workspace/organisation.xhtml"));
            newcomer.waitFor("#username");
            newcomer.driver().findElement(By.linkText("Register")).click();
            newcomer.waitFor("#username").sendKeys(username);
            newcomer.driver().findElement(By.id("email")).sendKeys(username + "@example.org");
            newcomer.driver().findElement(By.id("firstName")).sendKeys("Nadia");
            newcomer.driver().findElement(By.id("lastName")).sendKeys("O'Brien");
            newcomer.driver().findElement(By.id("password")).sendKeys("Inject-Pass-1");
            newcomer.driver().findElement(By.id("password-confirm")).sendKeys("Inject-Pass-1");
            newcomer.driver().findElement(By.cssSelector("input[type=submit], button[type=submit]")).click();

            String organisationPage = newcomer.waitFor("main").findElement(By.partialLinkText("Ad Hoc Committee")).getAttribute("href");
            newcomer.open(organisationPage);
            newcomer.waitFor("#apply-form\\:name").sendKeys(SCRIPT + " " + suffix);
            newcomer.driver().findElement(By.id("apply-form:nameEnglish")).sendKeys(SQL + " " + suffix);
            newcomer.driver().findElement(By.id("apply-form:acronym")).sendKeys("<b>X</b>");
            new Select(newcomer.driver().findElement(By.id("apply-form:category"))).selectByValue("ACADEMIA");
            new Select(newcomer.driver().findElement(By.id("apply-form:country"))).selectByValue("GH");
            new Select(newcomer.driver().findElement(By.id("apply-form:region"))).selectByValue("AFRICAN_STATES");
            newcomer.driver().findElement(By.id("apply-form:website")).sendKeys("javascript:alert(1)");
            newcomer.driver().findElement(By.id("apply-form:description")).sendKeys(IMAGE + " " + SQL);
            newcomer.driver().findElement(By.id("apply-form:contactName")).sendKeys(SCRIPT);
            newcomer.driver().findElement(By.id("apply-form:contactEmail")).sendKeys(username + "@example.org");
            org.openqa.selenium.WebElement apply = newcomer.driver().findElement(By.id("apply-form:apply"));
            apply.click();
            new org.openqa.selenium.support.ui.WebDriverWait(newcomer.driver(), java.time.Duration.ofSeconds(30))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(apply));
            newcomer.waitFor("#apply-form\\:website");
            assertFalse(newcomer.has("#accreditation-status"), "a javascript: address is not a website: nothing applied");
            newcomer.driver().findElement(By.id("apply-form:website")).clear();
            newcomer.driver().findElement(By.id("apply-form:website")).sendKeys("https://example.org/?a=1&b='x'");
            newcomer.driver().findElement(By.id("apply-form:apply")).click();
            assertEquals("PENDING", newcomer.waitFor("#accreditation-status").getAttribute("data-status"));
            assertFalse(LIVE.matcher(newcomer.driver().getPageSource()).find(), "the applicant's own page");
            assertTrue(newcomer.text("#mine").contains("<script>alert('xss-s')</script>"), "the name is shown as typed, as text");
        }
        try (Connection db = TestStackAccess.database();
                PreparedStatement select = db.prepareStatement("SELECT name_english, description FROM organisation WHERE name LIKE ?")) {
            select.setString(1, "%" + suffix);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "the application is stored");
                assertEquals(SQL + " " + suffix, row.getString(1));
                assertEquals(IMAGE + " " + SQL, row.getString(2));
            }
        }
        String process = new SecurityFixtures(url("/")).ids().get("process");
        HttpResponse<String> queue = page("/secretariat/accreditation.xhtml?process=" + process, SecurityFixtures.token("sofia"));
        servedSafely(queue, "the accreditation queue");
        String mine = page("/workspace/organisation.xhtml?process=" + process, TestStackAccess.accessToken(username, "Inject-Pass-1")).body();
        assertFalse(LIVE.matcher(mine).find(), "the applicant's page through a token");
        assertTrue(mine.contains("&lt;script&gt;alert("), "escaped, not dropped");
    }
}
