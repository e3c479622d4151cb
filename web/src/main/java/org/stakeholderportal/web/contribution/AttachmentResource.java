package org.stakeholderportal.web.contribution;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.platform.Refusal;

/**
 * GET /api/attachments/{id}: the file, always as a download (never shown inline, never sniffed). Anyone may fetch
 * those of published contributions; the boundary lets only the organisation and the secretariat fetch the others.
 */
@Path("attachments")
@Tag(name = "Contributions")
public class AttachmentResource {

    @Inject
    Contributions contributions;

    @GET
    @Path("{id}")
    @Operation(summary = "Download an attachment")
    public Response download(@PathParam("id") long id) {
        Contributions.StoredAttachment stored = contributions.download(id);
        if (!Files.isReadable(stored.file())) {
            throw new Refusal("attachment.unknown");
        }
        String name = stored.attachment().getFileName();
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> Files.copy(stored.file(), out), stored.attachment().getMediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Content-Length", stored.attachment().getSizeBytes())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
