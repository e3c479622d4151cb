package org.stakeholderportal.web.contribution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stakeholderportal.contribution.boundary.JointContributions;
import org.stakeholderportal.contribution.entity.CoSignature;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.web.platform.Messages;

/**
 * workspace/invitations.xhtml: the contributions other organisations asked this organisation to co-sign, each
 * with its text as it is now (read-only); the focal point endorses, declines or withdraws an endorsement, with a note.
 */
@Named
@ViewScoped
public class InvitationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient JointContributions joint;

    private Long processId;
    private List<Invitation> invitations = List.of();
    private final Map<Long, String> notes = new HashMap<>();

    /** One invitation with the contribution it is about. */
    public static final class Invitation implements Serializable {
        private static final long serialVersionUID = 1L;
        private final CoSignature coSignature;
        private final Contribution contribution;
        private final boolean stale;

        Invitation(CoSignature coSignature, Contribution contribution, boolean stale) {
            this.coSignature = coSignature;
            this.contribution = contribution;
            this.stale = stale;
        }

        public CoSignature getCoSignature() { return coSignature; }
        public Contribution getContribution() { return contribution; }
        public boolean isStale() { return stale; }
    }

    public void load() {
        try {
            List<Invitation> found = new ArrayList<>();
            for (CoSignature s : processId == null ? List.<CoSignature>of() : joint.invitationsToMyOrganisation(processId)) {
                boolean stale = joint.of(s.getContributionId()).stream()
                        .anyMatch(st -> st.getCoSignature().getId().equals(s.getId()) && st.isStale());
                found.add(new Invitation(s, joint.read(s.getContributionId()), stale));
            }
            invitations = found;
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
    }

    public String endorse(CoSignature coSignature) {
        return answer(() -> joint.endorse(coSignature.getId(), coSignature.getVersion(), notes.get(coSignature.getId())), "joint.endorsed");
    }

    public String decline(CoSignature coSignature) {
        return answer(() -> joint.decline(coSignature.getId(), coSignature.getVersion(), notes.get(coSignature.getId())), "joint.declined");
    }

    public String withdraw(CoSignature coSignature) {
        return answer(() -> joint.withdraw(coSignature.getId(), coSignature.getVersion(), notes.get(coSignature.getId())), "joint.withdrawn");
    }

    private String answer(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        load();
        return null;
    }

    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public List<Invitation> getInvitations() { return invitations; }
    public Map<Long, String> getNotes() { return notes; }
}
