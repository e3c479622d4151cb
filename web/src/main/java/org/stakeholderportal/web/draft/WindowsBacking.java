package org.stakeholderportal.web.draft;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.stakeholderportal.draft.boundary.ConsultationWindows;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.ConsultationWindow;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.TocEntry;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.web.platform.Messages;

/**
 * secretariat/windows.xhtml: open a consultation window on a draft (or some articles), extend or close it.
 * Times are entered in the process's official time zone.
 */
@Named
@ViewScoped
public class WindowsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Drafts drafts;

    @Inject
    transient ConsultationWindows windows;

    private Long draftId;
    private Draft draft;
    private String title;
    private String opensAt;
    private String closesAt;
    private List<Long> articleIds;
    private final Map<Long, String> newDeadlines = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        draft = draftId == null ? null : drafts.draft(draftId).orElse(null);
    }

    public String open() {
        try {
            Set<Long> articles = articleIds == null ? Set.of() : new HashSet<>(articleIds);
            windows.open(draftId, title, instant(opensAt), instant(closesAt), articles);
            Messages.info("window.opened");
            title = null;
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    public String extend(ConsultationWindow window) {
        try {
            windows.extend(window.getId(), window.getVersion(), instant(newDeadlines.get(window.getId())), reasons.get(window.getId()));
            Messages.info("window.extended");
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    public String close(ConsultationWindow window) {
        try {
            windows.closeNow(window.getId(), window.getVersion(), reasons.get(window.getId()));
            Messages.info("window.closed");
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    private Instant instant(String localDateTime) {
        try {
            ZoneId zone = draft.getProcess().officialZone();
            return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new Refusal("window.datesMissing");
        }
    }

    public List<ConsultationWindow> getWindows() {
        return draftId == null ? List.of() : windows.windows(draftId);
    }

    public List<TocEntry> getArticles() {
        return draftId == null ? List.of() : drafts.tableOfContents(draftId).stream().filter(TocEntry::isArticle).toList();
    }

    public String official(Instant instant) {
        return instant.atZone(draft.getProcess().officialZone()).toLocalDateTime().toString().replace('T', ' ');
    }

    public Long getDraftId() { return draftId; }
    public void setDraftId(Long draftId) { this.draftId = draftId; }
    public Draft getDraft() { return draft; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOpensAt() { return opensAt; }
    public void setOpensAt(String opensAt) { this.opensAt = opensAt; }
    public String getClosesAt() { return closesAt; }
    public void setClosesAt(String closesAt) { this.closesAt = closesAt; }
    public List<Long> getArticleIds() { return articleIds; }
    public void setArticleIds(List<Long> articleIds) { this.articleIds = articleIds; }
    public Map<Long, String> getNewDeadlines() { return newDeadlines; }
    public Map<Long, String> getReasons() { return reasons; }
}
