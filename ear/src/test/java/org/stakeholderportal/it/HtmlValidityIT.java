package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The HTML the portal serves passes the Nu HTML Checker (the W3C validator), in English and in Arabic, and has
 * nothing in it that the Content-Security-Policy blocks.
 */
class HtmlValidityIT extends PortalBlackBox {

    private static SimpleDocumentValidator validator;
    private static final List<String> ERRORS = new ArrayList<>();

    /** Collects errors; warnings (advice such as "consider adding a lang attribute") are not failures. */
    private static final ErrorHandler COLLECT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Advice, not an error.
        }

        @Override
        public void error(SAXParseException e) {
            ERRORS.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            ERRORS.add("line " + e.getLineNumber() + " (fatal): " + e.getMessage());
        }
    };

    @BeforeAll
    static void checker() throws Exception {
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", COLLECT);
        validator.setUpValidatorAndParsers(COLLECT, false, false);
    }

    private String fetch(String path, String language, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html")
                .header("Cookie", "portal_lang=" + language);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = TestStackAccess.send(request.GET().build());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** The checker's errors, and anything the Content-Security-Policy would block (SecurityHeadersIT.inlineCode). */
    private List<String> errorsIn(String html) throws Exception {
        ERRORS.clear();
        validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        List<String> errors = new ArrayList<>(ERRORS);
        SecurityHeadersIT.inlineCode(html).forEach(inline -> errors.add("blocked by the Content-Security-Policy: " + inline));
        return errors;
    }

    /** The "page expired" page, as a signed-in person's form post with a view state the server never had gets it. */
    private String expiredPage(String language, String token) {
        HttpResponse<String> response = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/secretariat/audit.xhtml")))
                .header("Accept", "text/html").header("Cookie", "portal_lang=" + language).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("filters=filters&jakarta.faces.ViewState=-1%3A2")).build());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("id=\"expired-heading\""), response.body());
        return response.body();
    }

    /** A demo contribution under review: its review page has every section filled. */
    static long demoContribution() throws Exception {
        try (java.sql.Connection db = TestStackAccess.database();
                java.sql.ResultSet row = db.createStatement().executeQuery("SELECT c.id FROM contribution c JOIN negotiation_process p"
                        + " ON p.id = c.process_id WHERE p.code = 'AHC' AND c.title = 'Legal certainty for service providers'")) {
            assertTrue(row.next(), "the demo contribution under review");
            return row.getLong(1);
        }
    }

    /** The demo's agenda item whose speakers' list has a coalition's request. */
    static long demoAgendaItem() throws Exception {
        try (java.sql.Connection db = TestStackAccess.database();
                java.sql.ResultSet row = db.createStatement().executeQuery("SELECT i.id FROM agenda_item i JOIN committee_session s"
                        + " ON s.id = i.session_id JOIN negotiation_process p ON p.id = s.process_id WHERE p.code = 'AHC' AND i.item_number = '3'")) {
            assertTrue(row.next(), "the demo agenda item on Article 24");
            return row.getLong(1);
        }
    }

    @Test
    void theMainPagesAreValidHtmlInEnglishAndArabic() throws Exception {
        Matcher revised = Pattern.compile("draft\\.xhtml\\?id=(\\d+)\"[^>]*>Revised draft text").matcher(fetch("/drafts/index.xhtml", "en", null));
        assertTrue(revised.find());
        String draft = revised.group(1);
        String sofia = TestStackAccess.accessToken("sofia", "sofia");
        String amina = TestStackAccess.accessToken("amina", "amina");
        String ines = TestStackAccess.accessToken("ines", "ines");
        Matcher process = Pattern.compile("id=\"po-(\\d+)\">Ad Hoc Committee").matcher(fetch("/organisations.xhtml", "en", null));
        assertTrue(process.find());
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "ar")) {
            for (String path : List.of("/", "/drafts/index.xhtml", "/drafts/draft.xhtml?id=" + draft,
                    "/drafts/article.xhtml?draft=" + draft + "&article=art-24",
                    "/drafts/article.xhtml?draft=" + draft + "&article=art-5&changes=true", "/organisations.xhtml",
                    "/organisations/input.xhtml?id=" + PublicReadingIT.organisation("DRW"), "/drafts/digest.xhtml?draft=" + draft,
                    "/search.xhtml?q=judicial+authorisation", "/search.xhtml?q=safeguards&category=NGO",
                    "/sessions.xhtml?process=" + process.group(1), "/privacy.xhtml", "/privacy.xhtml?erased=true")) {
                errorsIn(fetch(path, language, null)).forEach(e -> problems.add(language + " " + path + " " + e));
            }
            for (String path : List.of("/workspace/organisation.xhtml?process=" + process.group(1),
                    "/workspace/contribution.xhtml?draft=" + draft + "&article=art-24&paragraph=art-24-para-1",
                    "/secretariat/accreditation.xhtml?process=" + process.group(1), "/secretariat/index.xhtml",
                    "/secretariat/review.xhtml?process=" + process.group(1), "/secretariat/contribution.xhtml?id=" + demoContribution(),
                    "/secretariat/dashboard.xhtml?process=" + process.group(1), "/secretariat/audit.xhtml",
                    "/secretariat/import.xhtml?process=" + process.group(1), "/secretariat/sessions.xhtml?process=" + process.group(1),
                    "/secretariat/non-objection.xhtml?process=" + process.group(1), "/secretariat/speakers.xhtml?item=" + demoAgendaItem(),
                    "/secretariat/settings.xhtml?process=" + process.group(1), "/workspace/my-data.xhtml", "/workspace/delete-account.xhtml")) {
                errorsIn(fetch(path, language, sofia)).forEach(e -> problems.add(language + " " + path + " " + e));
            }
            errorsIn(fetch("/workspace/sessions.xhtml?process=" + process.group(1), language, amina))
                    .forEach(e -> problems.add(language + " /workspace/sessions.xhtml " + e));
            errorsIn(fetch("/delegation/index.xhtml", language, ines)).forEach(e -> problems.add(language + " /delegation/index.xhtml " + e));
            // Shown by DatabaseOutageFilter during an outage; at its own address it renders the same without the database.
            errorsIn(fetch("/errors/unavailable.xhtml", language, null)).forEach(e -> problems.add(language + " /errors/unavailable.xhtml " + e));
            errorsIn(expiredPage(language, sofia)).forEach(e -> problems.add(language + " page expired " + e));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
