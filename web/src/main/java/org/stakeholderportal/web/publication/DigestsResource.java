package org.stakeholderportal.web.publication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.publication.boundary.Digests;
import org.stakeholderportal.publication.boundary.PublishedInput;
import org.stakeholderportal.publication.boundary.DigestFiles;
import org.stakeholderportal.publication.entity.DigestFile;
import org.stakeholderportal.publication.entity.PublishedDigest;
import org.stakeholderportal.web.platform.OpenData;

/**
 * Released digests: the secretariat releases the current digest of a draft; everyone lists and downloads every
 * release, byte for byte as it was released, whatever was published after it.
 */
@Path("digests")
@Tag(name = "Open data")
public class DigestsResource {

    @Inject
    Drafts drafts;

    @Inject
    Digests digests;

    @Inject
    PublishedInput publishedInput;

    @Inject
    DigestFiles files;

    @Context
    Request request;

    /** A document of a release as listed: how far its generation has come and, once done, where it is. */
    public record FileView(long id, long release, String format, String language, String status, int done, int total, int percent,
            String sha256, Long size, String href) {
        static FileView of(DigestFile f) {
            return new FileView(f.getId(), f.getPublishedDigestId(), f.getFormat().name(), f.getLanguage(), f.getStatus().name(),
                    f.getDone(), f.getTotal(), f.getPercent(), f.getSha256(), f.getSizeBytes(),
                    f.isDone() ? "/api/digests/files/" + f.getId() : null);
        }
    }

    /** A released digest as listed: its SHA-256 is that of the bytes at {@code href}. */
    public record ReleaseView(long id, long draftId, int number, Instant publishedAt, Instant coversUntil, int contributions, String sha256,
            String href, String files) {
        static ReleaseView of(PublishedDigest d) {
            return new ReleaseView(d.getId(), d.getDraftId(), d.getNumber(), d.getPublishedAt(), d.getCoversUntil(), d.getContributions(),
                    d.getSha256(), "/api/digests/" + d.getId() + ".json", "/api/digests/" + d.getId() + "/files");
        }
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Release the current digest of a draft (secretariat)")
    public Response release(@QueryParam("draft") long draftId, @QueryParam("language") String language) {
        Draft draft = drafts.draft(draftId).orElseThrow(NotFoundException::new);
        DigestCompilation digest = DigestCompilation.of(draftId, drafts, digests, publishedInput);
        PublishedDigest released = digests.publish(draftId, digest.json(draft), digest.getContributionCount(), language, digest.getCutoff());
        return Response.status(Response.Status.CREATED).entity(OpenData.bytes(ReleaseView.of(released)))
                .type(OpenData.JSON_TYPE).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The released digests of a draft, newest first")
    public Response list(@QueryParam("draft") long draftId) {
        drafts.draft(draftId).orElseThrow(NotFoundException::new);
        List<ReleaseView> releases = digests.published(draftId).stream().map(ReleaseView::of).toList();
        return OpenData.json(request, releases);
    }

    @GET
    @Path("{id}/files")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The PDF and DOCX documents of a released digest, with their progress while they are generated")
    public Response filesOf(@PathParam("id") long id) {
        digests.publishedDigest(id).orElseThrow(NotFoundException::new);
        return Response.ok(OpenData.bytes(files.ofRelease(id).stream().map(FileView::of).toList()), OpenData.JSON_TYPE)
                .cacheControl(CacheControl.valueOf("no-cache")).build();
    }

    @GET
    @Path("files/{fileId}/status")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How far the generation of one document has come")
    public Response fileStatus(@PathParam("fileId") long fileId) {
        DigestFile file = files.file(fileId).orElseThrow(NotFoundException::new);
        return Response.ok(OpenData.bytes(FileView.of(file)), OpenData.JSON_TYPE).cacheControl(CacheControl.valueOf("no-cache")).build();
    }

    @GET
    @Path("files/{fileId}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @Operation(summary = "A document of a released digest (PDF or DOCX), exactly as generated (its SHA-256 is listed)")
    public Response file(@PathParam("fileId") long fileId) {
        DigestFile file = files.file(fileId).filter(DigestFile::isDone).orElseThrow(NotFoundException::new);
        PublishedDigest digest = digests.publishedDigest(file.getPublishedDigestId()).orElseThrow(NotFoundException::new);
        java.nio.file.Path stored = DigestFiles.folder().resolve(file.getSha256() + "." + file.getFormat().getExtension());
        if (!java.nio.file.Files.isReadable(stored)) {
            throw new NotFoundException();
        }
        EntityTag tag = new EntityTag(file.getSha256());
        CacheControl forever = CacheControl.valueOf("public, max-age=31536000, immutable");
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(forever).build();
        }
        jakarta.ws.rs.core.StreamingOutput body = out -> java.nio.file.Files.copy(stored, out);
        return Response.ok(body, file.getFormat().getMediaType()).tag(tag).cacheControl(forever)
                .header("Content-Length", file.getSizeBytes())
                .header("Content-Disposition", "attachment; filename=\"digest-" + digest.getDraftId() + "-" + digest.getNumber() + "-"
                        + file.getLanguage() + "." + file.getFormat().getExtension() + "\"")
                .build();
    }

    @GET
    @Path("{id}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A released digest, exactly as released (its SHA-256 is in the list)")
    public Response download(@PathParam("id") long id) {
        PublishedDigest digest = digests.publishedDigest(id).orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(digest.getSha256());
        CacheControl forever = CacheControl.valueOf("public, max-age=31536000, immutable");
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(forever).build();
        }
        return Response.ok(digest.getContentJson(), OpenData.JSON_TYPE).tag(tag).cacheControl(forever)
                .header("Content-Disposition", "attachment; filename=\"digest-" + digest.getDraftId() + "-" + digest.getNumber() + ".json\"")
                .build();
    }
}
