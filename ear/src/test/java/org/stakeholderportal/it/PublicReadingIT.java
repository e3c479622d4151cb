package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the public reads: published input beside the article and per organisation, with redlines and the mark of
 * a suspended organisation; never input that is not published, nor anything of its review.
 */
class PublicReadingIT extends PortalBlackBox {

    private HttpResponse<String> anonymous(String path) {
        return TestStackAccess.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "en").build());
    }

    static long organisation(String acronym) throws Exception {
        try (Connection db = TestStackAccess.database();
                PreparedStatement select = db.prepareStatement("SELECT id FROM organisation WHERE acronym = ?")) {
            select.setString(1, acronym);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), acronym);
                return row.getLong(1);
            }
        }
    }

    @Test
    void publishedInputIsReadBesideTheArticleAndNothingElseIs() throws Exception {
        long draft = ContributionClient.revisedDraftId();
        HttpResponse<String> art24 = anonymous("/drafts/article.xhtml?draft=" + draft + "&article=art-24");
        assertEquals(200, art24.statusCode());
        assertTrue(art24.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")), "no session for readers");
        String page = art24.body();
        assertTrue(page.contains("Prior judicial authorisation"), "the published amendment is shown");
        assertTrue(page.matches("(?s).*id=\"pc-\\d+\".*<ins>.*"), "with its wording as a redline");
        for (String unpublished : List.of("Safeguards for all powers", "Safeguards for every power", "Human rights safeguards",
                "Oversight and remedies")) {
            assertFalse(page.contains(unpublished), unpublished + " is only submitted");
        }
        String art5 = anonymous("/drafts/article.xhtml?draft=" + draft + "&article=art-5").body();
        assertFalse(art5.contains("Legal certainty for service providers"), "under review");
        assertFalse(art5.contains("Scope of the convention"), "returned for revision");
        assertFalse(art5.contains("Please say which paragraph"), "the secretariat's message to the organisation");
        assertFalse(art5.contains("sofia"), "reviewers are not named");
        assertTrue(art5.contains("Cooperation with civil society"), "input published before a suspension stays published");
        assertTrue(art5.contains("accreditation now suspended"), "and says the organisation is suspended");
    }

    @Test
    void anOrganisationsPublishedInputIsReadOnItsOwnPage() throws Exception {
        String drw = anonymous("/organisations/input.xhtml?id=" + organisation("DRW")).body();
        assertTrue(drw.contains("Digital Rights Watch"));
        assertTrue(drw.contains("Prior judicial authorisation"));
        String itoa = anonymous("/organisations/input.xhtml?id=" + organisation("ITOA")).body();
        assertFalse(itoa.contains("Scope of the convention"), "returned input is not public");
        assertTrue(itoa.contains("id=\"no-input\""));
        assertEquals(404, anonymous("/organisations/input.xhtml?id=" + organisation("CILS")).statusCode(),
                "a pending applicant is not on the public list");
    }
}
