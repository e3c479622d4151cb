package org.stakeholderportal.web.draft;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stakeholderportal.contribution.control.CommentSanitizer;
import org.stakeholderportal.publication.boundary.Digests;
import org.stakeholderportal.publication.boundary.PublishedInput;
import org.stakeholderportal.publication.entity.PublishedContribution;
import org.stakeholderportal.web.platform.CsvCells;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.stakeholderportal.draft.entity.TocEntry;
import org.stakeholderportal.web.publication.DigestCompilation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.ArticleText;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.Provision;
import org.stakeholderportal.web.platform.OpenData;
import org.stakeholderportal.web.publication.OpenDataViews;

/** Drafts as open data: a draft with its contents, an article with its paragraphs, the Akoma Ntoso export. Public, like the drafts. */
@Path("drafts")
@Tag(name = "Open data")
public class DraftResource {

    @Inject
    Drafts drafts;

    @Context
    Request request;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A draft and its table of contents")
    public Response draft(@PathParam("id") long id) {
        Draft draft = drafts.draft(id).orElseThrow(NotFoundException::new);
        List<OpenDataViews.TocView> contents = drafts.tableOfContents(id).stream()
                .map(t -> new OpenDataViews.TocView(t.getKind().name(), t.getNum(), t.getHeading(), t.getAnchor(), t.getDepth())).toList();
        return OpenData.json(request, new OpenDataViews.DraftWithContents(OpenDataViews.DraftView.of(draft), contents));
    }

    @GET
    @Path("{id}/articles/{anchor}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An article of a draft with its paragraphs")
    public Response article(@PathParam("id") long id, @PathParam("anchor") String anchor) {
        ArticleText article = drafts.article(id, anchor, false).orElseThrow(NotFoundException::new);
        Provision a = article.getArticle();
        return OpenData.json(request, new OpenDataViews.ArticleView(a.getId(), id, a.getAnchor(), a.getNum(), a.getHeading(), a.getBody(),
                article.getParagraphs().stream().map(OpenDataViews.ParagraphView::of).toList()));
    }

    @Inject
    Digests digests;

    @Inject
    PublishedInput publishedInput;

    @GET
    @Path("{id}/digest.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The digest of published stakeholder input on a draft: statistics and the input per article")
    public Response digestJson(@PathParam("id") long id) {
        Draft draft = drafts.draft(id).orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(digests.fingerprint(id), true);
        CacheControl cache = CacheControl.valueOf("public, max-age=60");
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        DigestCompilation digest = DigestCompilation.of(id, drafts, digests, publishedInput);
        StreamingOutput body = out -> digest.writeJson(draft, out);
        return Response.ok(body, OpenData.JSON_TYPE).tag(tag).cacheControl(cache).build();
    }

    @GET
    @Path("{id}/digest.csv")
    @Produces("text/csv")
    @Operation(summary = "The digest as CSV: one row per published contribution")
    public Response digestCsv(@PathParam("id") long id) {
        Draft draft = drafts.draft(id).orElseThrow(NotFoundException::new);
        DigestCompilation digest = DigestCompilation.of(id, drafts, digests, publishedInput);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader("number", "article", "organisation",
                    "category", "region", "organisation_suspended", "kind", "language", "title", "comment", "proposed_wording",
                    "rationale", "published_at").get())) {
                Map<Long, String> nums = new HashMap<>();
                drafts.tableOfContents(id).forEach(entry -> nums.put(entry.getId(), entry.getNum()));
                digest.forEach(new DigestCompilation.Visitor() {
                    @Override
                    public void section(TocEntry article) {
                        // every row names its article
                    }

                    @Override
                    public void contribution(PublishedContribution c) throws IOException {
                        String article = c.getArticleId() == null ? "" : nums.getOrDefault(c.getArticleId(), "");
                        csv.printRecord(c.getNumber(), CsvCells.cell(article), CsvCells.cell(c.getOrganisation()), c.getCategory(),
                                c.getRegion(), c.isOrganisationSuspended(), c.getKind(), c.getLanguage(), CsvCells.cell(c.getTitle()),
                                CsvCells.cell(CommentSanitizer.text(c.getCommentHtml())), CsvCells.cell(c.getProposedWording()),
                                CsvCells.cell(c.getRationale()), c.getPublishedAt());
                    }
                });
            }
        };
        String name = (draft.getDocumentSymbol() == null ? "draft-" + id : draft.getDocumentSymbol()).replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"digest-" + name + ".csv\"").build();
    }

    @GET
    @Path("{id}/akoma-ntoso")
    @Produces("application/akn+xml")
    public Response akomaNtoso(@PathParam("id") long id) {
        Draft draft = drafts.draft(id).orElseThrow(NotFoundException::new);
        String name = (draft.getDocumentSymbol() == null ? "draft-" + id : draft.getDocumentSymbol())
                .replaceAll("[^A-Za-z0-9._-]", "_") + ".xml";
        StreamingOutput body = out -> drafts.exportAkomaNtoso(id, out);
        return Response.ok(body, "application/akn+xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
