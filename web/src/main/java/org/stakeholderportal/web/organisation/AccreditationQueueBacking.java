package org.stakeholderportal.web.organisation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Accreditations;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.AccreditationQuery;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.organisation.entity.UnRegion;
import org.stakeholderportal.organisation.control.AccreditationWorkflow;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.web.platform.Messages;

/**
 * secretariat/accreditation.xhtml: the queue of applications, paged and filtered in the database, and decisions.
 * A plain table with its own pager: PrimeFaces' DataTable marks cells as grid cells of a table that is not a
 * grid, which the HTML checker refuses.
 */
@Named
@ViewScoped
public class AccreditationQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accreditations accreditations;

    @Inject
    transient Drafts drafts;

    @Inject
    transient Organisations organisations;

    private Long processId;
    private NegotiationProcess process;
    private final AccreditationQuery query = new AccreditationQuery();
    private static final int PAGE_SIZE = 20;
    private int first;
    private transient long total;
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
        return organisations.categories();
    }

    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public NegotiationProcess getProcess() { return process; }
    public AccreditationQuery getQuery() { return query; }
    public Long getSelectedId() { return selectedId; }
    public AccreditationDecision getDecision() { return decision; }
    public void setDecision(AccreditationDecision decision) { this.decision = decision; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    /** The page of the queue, read once per request (the bean lives longer than a request). */
    @SuppressWarnings("unchecked")
    public List<Accreditation> getRows() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        String key = AccreditationQueueBacking.class.getName() + ":" + first;
        return (List<Accreditation>) request.computeIfAbsent(key, k -> {
            total = accreditations.count(processId, query);
            return accreditations.queue(processId, query, first, PAGE_SIZE);
        });
    }

    /** Filters start from the first page again. */
    public String filter() {
        first = 0;
        return null;
    }

    public String nextPage() {
        if (getHasNextPage()) {
            first += PAGE_SIZE;
        }
        return null;
    }

    public String previousPage() {
        first = Math.max(0, first - PAGE_SIZE);
        return null;
    }

    public boolean getHasNextPage() {
        getRows();
        return first + PAGE_SIZE < total;
    }

    public boolean getHasPreviousPage() {
        return first > 0;
    }

    /** "21–40 / 57". */
    public String getPageLabel() {
        getRows();
        return total == 0 ? "0" : (first + 1) + "–" + Math.min(first + PAGE_SIZE, total) + " / " + total;
    }
}
