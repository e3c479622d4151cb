package org.stakeholderportal.web.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.notification.entity.OutgoingMail;
import org.stakeholderportal.review.boundary.Reviews;
import org.stakeholderportal.review.entity.Dashboard;

/** secretariat/dashboard.xhtml: the figures of one process, computed in the database on each visit. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    Reviews reviews;

    @Inject
    Drafts drafts;

    private Long processId;
    private NegotiationProcess process;
    private Dashboard dashboard;

    public void load() {
        process = processId == null ? null : drafts.process(processId).orElse(null);
        dashboard = process == null ? null : reviews.dashboard(processId);
    }

    public List<OutgoingMail> getFailedMails() {
        return reviews.failedMails(50);
    }

    /** Hours with one decimal, or a dash before the first decision. */
    public String getAverageHours() {
        Double hours = dashboard == null ? null : dashboard.getAverageHoursToDecision();
        return hours == null ? "—" : String.format("%.1f", hours);
    }

    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public NegotiationProcess getProcess() { return process; }
    public Dashboard getDashboard() { return dashboard; }
}
