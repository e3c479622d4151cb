package org.stakeholderportal.web.publication;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.publication.boundary.PublishedInput;
import org.stakeholderportal.publication.entity.PublishedContribution;
import org.stakeholderportal.web.platform.CsvCells;
import org.stakeholderportal.web.platform.OpenData;
import org.stakeholderportal.web.publication.OpenDataViews.ContributionView;
import org.stakeholderportal.web.publication.OpenDataViews.DraftView;
import org.stakeholderportal.web.publication.OpenDataViews.OrganisationView;
import org.stakeholderportal.web.publication.OpenDataViews.Page;
import org.stakeholderportal.web.publication.OpenDataViews.ProcessView;

/**
 * Open data per negotiation process, for everyone and without sign-in: processes, their drafts, the accredited
 * organisations (JSON and CSV), the published input (paged) and an Atom feed of newly published input.
 * Only what the public pages show; every answer carries an ETag and may be cached for a minute.
 */
@Path("processes")
@Tag(name = "Open data", description = "Public, read-only: what the public pages show")
public class ProcessesResource {

    static final int MAX_PAGE_SIZE = 100;
    static final int FEED_ENTRIES = 50;

    @Inject
    Drafts drafts;

    @Inject
    Organisations organisations;

    @Inject
    PublishedInput publishedInput;

    @Context
    Request request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The negotiation processes")
    public Response processes() {
        return OpenData.json(request, drafts.processes().stream().map(ProcessView::of).toList());
    }

    @GET
    @Path("{id}/drafts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The drafts of a process, oldest first")
    public Response drafts(@PathParam("id") long processId) {
        process(processId);
        return OpenData.json(request, drafts.drafts(processId).stream().map(DraftView::of).toList());
    }

    @GET
    @Path("{id}/organisations")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The organisations accredited for a process (suspended ones say so)")
    public Response organisations(@PathParam("id") long processId) {
        process(processId);
        return OpenData.json(request, organisations.accredited(processId).stream().map(OrganisationView::of).toList());
    }

    @GET
    @Path("{id}/organisations.csv")
    @Produces("text/csv")
    @Operation(summary = "The accredited organisations as CSV (UTF-8 with BOM; formula-like cells neutralised)")
    public Response organisationsCsv(@PathParam("id") long processId) {
        NegotiationProcess process = process(processId);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader("name", "name_english", "acronym", "category", "country", "region", "ecosoc_status", "website", "status")
                    .get())) {
                for (Accreditation a : organisations.accredited(processId)) {
                    Organisation o = a.getOrganisation();
                    csv.printRecord(CsvCells.cell(o.getName()), CsvCells.cell(o.getNameEnglish()), CsvCells.cell(o.getAcronym()),
                            o.getCategory(), o.getCountry(), o.getRegion(), o.getEcosocStatus(), CsvCells.cell(o.getWebsite()), a.getStatus());
                }
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"organisations-" + process.getCode() + ".csv\"")
                .build();
    }

    @GET
    @Path("{id}/contributions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The published input of a process, in the order it was published, a page at a time")
    public Response contributions(@PathParam("id") long processId, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        process(processId);
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        long total = publishedInput.countOfProcess(processId);
        List<ContributionView> items = publishedInput.ofProcess(processId, pageNumber * pageSize, pageSize).stream()
                .map(ContributionView::of).toList();
        String next = (long) (pageNumber + 1) * pageSize < total
                ? "/api/processes/" + processId + "/contributions?page=" + (pageNumber + 1) + "&size=" + pageSize : null;
        return OpenData.json(request, new Page<>(total, pageNumber, pageSize, items, next));
    }

    @GET
    @Path("{id}/feed.atom")
    @Produces("application/atom+xml")
    @Operation(summary = "Atom feed of the newest published input of a process")
    public Response feed(@PathParam("id") long processId, @Context UriInfo uri) {
        NegotiationProcess process = process(processId);
        String base = uri.getBaseUri().resolve("/").toString().replaceAll("/$", "");
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(process.getName() + " · published input");
        feed.setLink(base + "/organisations.xhtml");
        feed.setUri("urn:stakeholder-portal:process:" + process.getCode());
        List<PublishedContribution> latest = publishedInput.latestOfProcess(processId, FEED_ENTRIES);
        feed.setPublishedDate(latest.isEmpty() ? Date.from(process.getCreatedAt()) : Date.from(latest.get(0).getPublishedAt()));
        feed.setEntries(latest.stream().map(c -> entry(c, base)).toList());
        try {
            byte[] xml = new SyndFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
            return OpenData.cached(request, xml, "application/atom+xml; charset=UTF-8");
        } catch (FeedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SyndEntry entry(PublishedContribution c, String base) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(c.getNumber() + " · " + c.getTitle());
        entry.setUri("urn:stakeholder-portal:contribution:" + c.getNumber());
        entry.setLink(base + "/organisations/input.xhtml?id=" + c.getOrganisationId() + "#pc-" + c.getId());
        entry.setAuthor(c.getOrganisation());
        entry.setPublishedDate(Date.from(c.getPublishedAt()));
        entry.setUpdatedDate(Date.from(c.getPublishedAt()));
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(c.getCommentHtml());
        entry.setContents(List.of(content));
        return entry;
    }

    private NegotiationProcess process(long processId) {
        return drafts.process(processId).orElseThrow(NotFoundException::new);
    }
}
