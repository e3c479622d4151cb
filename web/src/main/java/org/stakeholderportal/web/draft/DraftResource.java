package org.stakeholderportal.web.draft;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.Draft;

/** GET /api/drafts/{id}/akoma-ntoso: a draft exported as an Akoma Ntoso 3.0 document. Public, like the draft. */
@Path("drafts")
public class DraftResource {

    @Inject
    Drafts drafts;

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
