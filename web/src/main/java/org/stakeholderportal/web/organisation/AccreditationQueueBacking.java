package org.stakeholderportal.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Accreditations;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.AccreditationQuery;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.organisation.entity.UnRegion;
import org.stakeholderportal.organisation.control.AccreditationWorkflow;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.web.platform.Messages;

/** secretariat/accreditation.xhtml: the queue of applications, paged and filtered in the database, and decisions. */
@Named
@ViewScoped
public class AccreditationQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accreditations accreditations;

    @Inject
    transient Drafts drafts;

    private Long processId;
    private NegotiationProcess process;
    private final AccreditationQuery query = new AccreditationQuery();
    private final Queue queue = new Queue();
    private Long selectedId;
    private long selectedVersion;
    private AccreditationDecision decision;
    private String reason;

    public void load() {
        process = processId == null ? null : drafts.process(processId).orElse(null);
    }

    /** Chooses the application to decide on; the version pins what the secretariat member saw. */
    public void select(Accreditation accreditation) {
        selectedId = accreditation.getId();
        selectedVersion = accreditation.getVersion();
        decision = null;
        reason = null;
    }

    public String decide() {
        if (selectedId == null || decision == null) {
            Messages.refused(null, new Refusal("accreditation.decisionNotAllowed", String.valueOf(decision), "-"));
            return null;
        }
        try {
            Accreditation decided = accreditations.decide(selectedId, selectedVersion, decision, reason);
            Messages.info("accreditation.decided", decided.getOrganisation().getNameEnglish());
            selectedId = null;
        } catch (Refusal refusal) {
            Messages.refused("decision-form:reason", refusal);
        }
        return null;
    }

    public List<AccreditationDecision> decisionsFor(Accreditation accreditation) {
        return java.util.Arrays.stream(AccreditationDecision.values())
                .filter(d -> d != AccreditationDecision.RESUBMIT && AccreditationWorkflow.allowed(accreditation.getStatus(), d))
                .toList();
    }

    public Map<AccreditationStatus, Long> getCounts() {
        return accreditations.countsByStatus(processId);
    }

    public AccreditationStatus[] getStatuses() {
        return AccreditationStatus.values();
    }

    public UnRegion[] getRegions() {
        return UnRegion.values();
    }

    public List<String> getCategories() {
        return OrganisationBacking.CATEGORIES;
    }

    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public NegotiationProcess getProcess() { return process; }
    public AccreditationQuery getQuery() { return query; }
    public Queue getQueue() { return queue; }
    public Long getSelectedId() { return selectedId; }
    public AccreditationDecision getDecision() { return decision; }
    public void setDecision(AccreditationDecision decision) { this.decision = decision; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    /** The queue as PrimeFaces pages it: only the rows of the page shown are read from the database. */
    public class Queue extends LazyDataModel<Accreditation> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accreditations.count(processId, query);
        }

        @Override
        public List<Accreditation> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return accreditations.queue(processId, query, first, pageSize);
        }

        @Override
        public String getRowKey(Accreditation accreditation) {
            return String.valueOf(accreditation.getId());
        }
    }
}
