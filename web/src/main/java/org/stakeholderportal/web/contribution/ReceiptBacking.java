package org.stakeholderportal.web.contribution;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.web.platform.Messages;

/** workspace/receipt.xhtml and workspace/contributions.xhtml: what the organisation sent, and all it has written. */
@Named
@RequestScoped
public class ReceiptBacking {

    @Inject
    Contributions contributions;

    @Inject
    org.stakeholderportal.contribution.boundary.JointContributions joint;

    @Inject
    org.stakeholderportal.publication.boundary.PublishedInput publishedInput;

    private Long id;
    private Long processId;
    private Contribution contribution;
    private List<Contribution> all = List.of();

    public void loadReceipt() {
        try {
            contribution = id == null ? null : contributions.mine(id);
        } catch (Refusal refusal) {
            Messages.refusedLoading(refusal);
        }
    }

    public void loadList() {
        try {
            all = processId == null ? List.of() : contributions.ofMyOrganisation(processId);
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
    }

    /** The organisations listed as co-signers of the version received, with the time each endorsed it. */
    public List<org.stakeholderportal.contribution.boundary.JointContributions.Standing> getCoSigners() {
        return contribution == null ? List.of() : joint.listed(contribution.getId());
    }

    /** The organisation that submitted (the lead, when others co-signed). */
    public String getOrganisation() {
        return contribution == null ? "" : publishedInput.publicName(contribution.getOrganisationId()).orElse("");
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public Contribution getContribution() { return contribution; }
    public List<Contribution> getAll() { return all; }
}
