package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stakeholderportal.draft.control.AkomaNtosoImporter;
import org.stakeholderportal.draft.control.DraftOutline;

/** The public draft pages and export, black-box over HTTP, on the demo data the portal seeds. */
class DraftPagesIT extends PortalBlackBox {

    private HttpResponse<String> get(String path) {
        return TestStackAccess.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "text/html").GET().build());
    }

    /** The newest demo draft, found the way a reader finds it: from the list of drafts. */
    private String revisedDraftId() {
        Matcher link = Pattern.compile("draft\\.xhtml\\?id=(\\d+)\"[^>]*>Revised draft text").matcher(get("/drafts/index.xhtml").body());
        assertTrue(link.find(), "the demo revision is listed");
        return link.group(1);
    }

    @Test
    void anArticlePageIsPublicSessionlessAndShowsItsParagraphs() {
        HttpResponse<String> page = get("/drafts/article.xhtml?draft=" + revisedDraftId() + "&article=art-24");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"art-24-para-1\""), "paragraphs carry their anchors");
        assertTrue(page.body().contains("Conditions and safeguards"));
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
    }

    @Test
    void unknownDraftsAndArticlesAreNotFound() {
        assertEquals(404, get("/drafts/article.xhtml?draft=" + revisedDraftId() + "&article=art-9999").statusCode());
        assertEquals(404, get("/drafts/draft.xhtml?id=987654321").statusCode());
        assertEquals(404, get("/drafts/draft.xhtml?id=not-a-number").statusCode());
    }

    @Test
    void theTableOfContentsListsEveryArticleWithoutTheirText() {
        String body = get("/drafts/draft.xhtml?id=" + revisedDraftId()).body();
        assertEquals(71, Pattern.compile("class=\"toc-article\"").matcher(body).results().count());
        assertTrue(!body.contains("id=\"art-24-para-1\""), "no paragraph text on the contents page");
    }

    @Test
    void pageTextIsEscaped() {
        String body = get("/drafts/article.xhtml?draft=" + revisedDraftId() + "&article=%3Cscript%3Ealert(1)%3C/script%3E").body();
        assertTrue(!body.contains("<script>alert(1)</script>"));
    }

    @Test
    void theDraftExportsAsAkomaNtosoThatReadsBackTheSame() throws Exception {
        HttpResponse<byte[]> export = TestStackAccess.HTTP.send(HttpRequest.newBuilder(
                URI.create(url("/api/drafts/" + revisedDraftId() + "/akoma-ntoso"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        DraftOutline outline = new AkomaNtosoImporter().read(new ByteArrayInputStream(export.body()), "export.xml");
        assertEquals(71, outline.getArticles().size());
        assertTrue(outline.findByAnchor("art-24-para-5").isPresent());
    }
}
