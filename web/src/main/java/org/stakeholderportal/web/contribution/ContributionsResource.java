package org.stakeholderportal.web.contribution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.contribution.boundary.JointContributions;
import org.stakeholderportal.contribution.entity.Attachment;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionText;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.boundary.People;
import org.stakeholderportal.web.platform.SignedInUser;

/**
 * The contributions API for an organisation's own tools, authenticated with the member's Keycloak bearer token.
 * It maps HTTP onto the same boundary as the pages, so every rule (ownership, deadline, limits) is the same.
 */
@Path("contributions")
@RolesAllowed(Roles.STAKEHOLDER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions", description = "Write, attach, submit and follow your organisation's contributions")
@SecurityRequirement(name = "keycloak")
public class ContributionsResource {

    @Inject
    Contributions contributions;

    @Inject
    People people;

    @Inject
    JointContributions joint;

    @Inject
    SignedInUser signedIn;

    /** What a client sends to start a contribution. */
    public record Start(long draftId, String article, List<String> paragraphs) {
    }

    /** The text, with the version the client last read (optimistic locking). */
    public record Write(long version, String kind, String title, String comment, String proposedWording, String rationale,
            String language) {
    }

    /** Submit or withdraw: the version the client last read; for submit an optional idempotency token. */
    public record Step(long version, String clientToken) {
    }

    @GET
    @Operation(summary = "Your organisation's contributions in a negotiation process, newest first")
    public List<ContributionView> mine(@QueryParam("process") @Parameter(required = true) Long processId) {
        if (processId == null) {
            throw new BadRequestException("process is required");
        }
        return contributions.ofMyOrganisation(processId).stream().map(c -> ContributionView.of(c, List.of())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a contribution on a draft, one of its articles, or some paragraphs of an article")
    public Response start(Start start, @Context UriInfo uri) {
        if (start == null) {
            throw new BadRequestException();
        }
        recordCaller();
        Contribution started = contributions.start(start.draftId(), start.article(),
                start.paragraphs() == null ? Set.of() : Set.copyOf(start.paragraphs()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(started.getId())).build())
                .entity(ContributionView.of(started, List.of())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One contribution of your organisation, with its status, decision message and attachments")
    public ContributionView one(@PathParam("id") long id) {
        return view(contributions.mine(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the text; refused with 409 if another member saved since the version you read")
    public ContributionView write(@PathParam("id") long id, Write write) {
        if (write == null) {
            throw new BadRequestException();
        }
        ContributionKind kind;
        try {
            kind = write.kind() == null ? ContributionKind.GENERAL_COMMENT : ContributionKind.valueOf(write.kind());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown kind");
        }
        return view(contributions.write(id, write.version(), new ContributionText(kind, write.title(), write.comment(),
                write.proposedWording(), write.rationale(), write.language())));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit before the deadline; a retry with the same clientToken returns the same submission")
    public ContributionView submit(@PathParam("id") long id, Step step) {
        if (step == null) {
            throw new BadRequestException();
        }
        recordCaller();
        return view(contributions.submit(id, step.version(), step.clientToken()));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw the contribution; possible until it is published")
    public ContributionView withdraw(@PathParam("id") long id, Step step) {
        if (step == null) {
            throw new BadRequestException();
        }
        return view(contributions.withdraw(id, step.version()));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a PDF, DOCX or ODT (at most 3, 10 MB each); the body is the file, the type is read from its content")
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        Attachment attachment = contributions.attach(id, name, body);
        return Response.status(Response.Status.CREATED).entity(ContributionView.AttachmentView.of(attachment)).build();
    }

    @DELETE
    @Path("{id}/attachments/{attachment}")
    @Operation(summary = "Remove an attachment while the contribution can still be edited")
    public Response detach(@PathParam("id") long id, @PathParam("attachment") long attachmentId) {
        contributions.detach(id, attachmentId);
        return Response.noContent().build();
    }

    /** What a client sends to invite an organisation to co-sign. */
    public record Invite(long organisationId) {
    }

    /** A co-signature as the lead sees it: {@code current} when it endorses the text as it is now, {@code stale} when an earlier one. */
    public record CoSignerView(long id, long organisationId, String organisation, String status, boolean current, boolean stale,
            String note, java.time.Instant respondedAt, Integer listedInVersion) {
        static CoSignerView of(JointContributions.Standing s) {
            return new CoSignerView(s.getCoSignature().getId(), s.getOrganisation().getId(), s.getOrganisation().getName(),
                    s.getCoSignature().getStatus().name(), s.isCurrent(), s.isStale(), s.getCoSignature().getNote(),
                    s.getCoSignature().getRespondedAt(), s.getCoSignature().getListedInVersion());
        }
    }

    @GET
    @Path("{id}/co-signers")
    @Operation(summary = "The organisations asked to co-sign the contribution and where each stands")
    public List<CoSignerView> coSigners(@PathParam("id") long id) {
        return joint.of(id).stream().map(CoSignerView::of).toList();
    }

    @POST
    @Path("{id}/co-signers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite an accredited organisation of the process to co-sign (lead only, while the text can change)")
    public Response invite(@PathParam("id") long id, Invite invite) {
        if (invite == null) {
            throw new BadRequestException();
        }
        recordCaller();
        long invited = joint.invite(id, invite.organisationId()).getId();
        CoSignerView view = joint.of(id).stream().filter(s -> s.getCoSignature().getId() == invited).map(CoSignerView::of)
                .findFirst().orElseThrow();
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    private ContributionView view(Contribution contribution) {
        return ContributionView.of(contribution, contributions.attachmentsOf(contribution.getId()));
    }

    /** Bearer requests have no session for the sign-in filter: the person is recorded here, so receipts reach them. */
    private void recordCaller() {
        if (people.find(signedIn.getUsername()).isEmpty()) {
            people.recordVisit(signedIn.getUsername(), signedIn.getDisplayName(), signedIn.getEmail());
        }
    }
}
