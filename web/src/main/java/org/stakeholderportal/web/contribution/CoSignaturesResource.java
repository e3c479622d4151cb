package org.stakeholderportal.web.contribution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stakeholderportal.contribution.boundary.JointContributions;
import org.stakeholderportal.contribution.entity.CoSignature;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.platform.Roles;

/**
 * Invitations to co-sign, for the invited organisation's tools: list them with the text to read, endorse, decline or
 * withdraw an endorsement (focal point), with the version read; the same rules as the invitations page.
 */
@Path("co-signatures")
@RolesAllowed(Roles.STAKEHOLDER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions")
@SecurityRequirement(name = "keycloak")
public class CoSignaturesResource {

    @Inject
    JointContributions joint;

    /** An invitation with the text as it is now. */
    public record InvitationView(long id, long version, long contributionId, String title, String commentHtml, String proposedWording,
            String contributionStatus, String status, Instant invitedAt, Instant respondedAt, String note) {
        static InvitationView of(CoSignature s, Contribution c) {
            return new InvitationView(s.getId(), s.getVersion(), c.getId(), c.getTitle(), c.getCommentHtml(), c.getProposedWording(),
                    c.getStatus().name(), s.getStatus().name(), s.getInvitedAt(), s.getRespondedAt(), s.getNote());
        }
    }

    /** An answer: the version of the invitation read, and an optional note. */
    public record Answer(long version, String note) {
    }

    @GET
    @Operation(summary = "The invitations to your organisation to co-sign, in a negotiation process, newest first")
    public List<InvitationView> invitations(@QueryParam("process") @Parameter(required = true) Long processId) {
        if (processId == null) {
            throw new BadRequestException("process is required");
        }
        return joint.invitationsToMyOrganisation(processId).stream()
                .map(s -> InvitationView.of(s, joint.read(s.getContributionId()))).toList();
    }

    @POST
    @Path("{id}/endorse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Endorse the text as it is now (focal point); an edit by the lead makes the endorsement stale")
    public InvitationView endorse(@PathParam("id") long id, Answer answer) {
        CoSignature s = joint.endorse(id, required(answer).version(), answer.note());
        return InvitationView.of(s, joint.read(s.getContributionId()));
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decline to co-sign (focal point)")
    public InvitationView decline(@PathParam("id") long id, Answer answer) {
        CoSignature s = joint.decline(id, required(answer).version(), answer.note());
        return InvitationView.of(s, joint.read(s.getContributionId()));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw an endorsement; possible until the contribution is published")
    public InvitationView withdraw(@PathParam("id") long id, Answer answer) {
        CoSignature s = joint.withdraw(id, required(answer).version(), answer.note());
        return InvitationView.of(s, joint.read(s.getContributionId()));
    }

    private static Answer required(Answer answer) {
        if (answer == null) {
            throw new BadRequestException();
        }
        return answer;
    }
}
