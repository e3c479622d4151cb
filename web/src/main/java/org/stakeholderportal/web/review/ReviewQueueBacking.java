package org.stakeholderportal.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.UnRegion;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.review.boundary.Reviews;
import org.stakeholderportal.review.entity.QueueEntry;
import org.stakeholderportal.review.entity.ReviewDecision;
import org.stakeholderportal.review.entity.ReviewQuery;
import org.stakeholderportal.web.platform.Messages;
import org.stakeholderportal.web.platform.SignedInUser;

/**
 * secretariat/review.xhtml: the review queue of a process, filtered, sorted and paged in the database; a
 * selection decided at once; groups of near-identical input selected together. A plain table with its own
 * pager and sort buttons: PrimeFaces' DataTable marks cells as grid cells of a table that is not a grid,
 * which the HTML checker refuses (see the accreditation queue).
 */
@Named
@ViewScoped
public class ReviewQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    transient Reviews reviews;

    @Inject
    transient Drafts drafts;

    @Inject
    transient Organisations organisations;

    @Inject
    SignedInUser signedIn;

    private Long processId;
    private NegotiationProcess process;
    private final ReviewQuery query = new ReviewQuery();
    private boolean mine;
    private int first;
    private transient long total;
    /** Ticked rows: contribution id → whether selected; the version each row showed is kept beside it. */
    private final Map<Long, Boolean> selected = new LinkedHashMap<>();
    private final Map<Long, Long> versions = new LinkedHashMap<>();
    private ReviewDecision decision;
    private String reasonCode;
    private String message;
    private List<List<Long>> clusters;

    public void load() {
        process = processId == null ? null : drafts.process(processId).orElse(null);
        if (process != null) {
            query.setProcessId(processId);
        }
    }

    /** The page of the queue, read once per request (the bean lives longer than a request). */
    @SuppressWarnings("unchecked")
    public List<QueueEntry> getRows() {
        if (process == null) {
            return List.of();
        }
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        String key = ReviewQueueBacking.class.getName() + ":" + first;
        return (List<QueueEntry>) request.computeIfAbsent(key, k -> {
            query.setAssignedTo(mine ? signedIn.getUsername() : null);
            total = reviews.count(query);
            List<QueueEntry> rows = reviews.queue(query, first, PAGE_SIZE);
            rows.forEach(row -> versions.put(row.getId(), row.getVersion()));
            return rows;
        });
    }

    public Map<ContributionStatus, Long> getCounts() {
        return process == null ? Map.of() : reviews.countsPerStatus(processId);
    }

    public String filter() {
        first = 0;
        selected.clear();
        forgetRows();
        return null;
    }

    /**
     * Drops the rows read earlier in this request: a post from the queue's own form reads them while decoding its
     * check boxes, in the order and filter from before, and a new order or filter must not show that page again.
     */
    private void forgetRows() {
        String prefix = ReviewQueueBacking.class.getName() + ":";
        FacesContext.getCurrentInstance().getAttributes().keySet().removeIf(key -> key instanceof String k && k.startsWith(prefix));
    }

    /** Shows one status only (the counts double as tabs). */
    public String showStatus(ContributionStatus status) {
        query.setStatus(status);
        return filter();
    }

    /** Sorts by a column; choosing the same column again reverses the order. */
    public String sort(ReviewQuery.Order order) {
        if (query.getOrder() == order) {
            query.setAscending(!query.isAscending());
        } else {
            query.setOrder(order);
            query.setAscending(true);
        }
        first = 0;
        forgetRows();
        return null;
    }

    /** "ascending", "descending" or "none" for a column header's aria-sort. */
    public String ariaSort(ReviewQuery.Order order) {
        return query.getOrder() != order ? "none" : query.isAscending() ? "ascending" : "descending";
    }

    public String decideSelected() {
        Map<Long, Long> chosen = new LinkedHashMap<>();
        selected.forEach((id, ticked) -> {
            if (Boolean.TRUE.equals(ticked) && versions.containsKey(id)) {
                chosen.put(id, versions.get(id));
            }
        });
        if (chosen.isEmpty()) {
            Messages.refused(null, new Refusal("review.nothingSelected"));
            return null;
        }
        try {
            Reviews.BulkOutcome outcome = reviews.decideAll(chosen, decision, reasonCode, message);
            if (!outcome.decided().isEmpty()) {
                Messages.info("review.decidedMany", outcome.decided().size());
            }
            outcome.refused().forEach((id, refusal) -> Messages.refused(null, refusal));
            selected.clear();
            clusters = null;
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    /** Near-identical groups among the contributions waiting for a decision, computed when asked for. */
    public String findClusters() {
        clusters = process == null ? List.of() : reviews.clusters(processId);
        if (clusters.isEmpty()) {
            Messages.info("review.noClusters");
        }
        return null;
    }

    public List<QueueEntry> entries(List<Long> ids) {
        return reviews.entries(ids);
    }

    /** Ticks every contribution of a group, so one decision covers the group. */
    public String selectCluster(List<Long> ids) {
        selected.clear();
        for (QueueEntry entry : reviews.entries(ids)) {
            versions.put(entry.getId(), entry.getVersion());
            selected.put(entry.getId(), Boolean.TRUE);
        }
        Messages.info("review.clusterSelected", ids.size());
        return null;
    }

    public long getSelectedCount() {
        return selected.values().stream().filter(Boolean.TRUE::equals).count();
    }

    public String nextPage() {
        getRows();
        if (first + PAGE_SIZE < total) {
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

    public String getPageLabel() {
        getRows();
        return total == 0 ? "0" : (first + 1) + "–" + Math.min(first + PAGE_SIZE, total) + " / " + total;
    }

    public List<Draft> getDrafts() {
        return process == null ? List.of() : drafts.drafts(processId);
    }

    public List<String> getCategories() {
        return organisations.categories();
    }

    public List<String> getReasons() {
        return reviews.reasons();
    }

    public UnRegion[] getRegions() { return UnRegion.values(); }
    public ContributionKind[] getKinds() { return ContributionKind.values(); }
    public ReviewDecision[] getDecisions() { return ReviewDecision.values(); }
    public List<String> getLanguages() { return List.of("en", "fr", "es", "ru", "ar", "zh", "other"); }
    public List<ContributionStatus> getStatuses() {
        List<ContributionStatus> statuses = new ArrayList<>(List.of(ContributionStatus.values()));
        statuses.remove(ContributionStatus.DRAFT);
        return statuses;
    }

    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public NegotiationProcess getProcess() { return process; }
    public ReviewQuery getQuery() { return query; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
    public Map<Long, Boolean> getSelected() { return selected; }
    public ReviewDecision getDecision() { return decision; }
    public void setDecision(ReviewDecision decision) { this.decision = decision; }
    public String getReasonCode() { return reasonCode; }
    public void setReasonCode(String reasonCode) { this.reasonCode = reasonCode; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public List<List<Long>> getClusters() { return clusters; }
}
