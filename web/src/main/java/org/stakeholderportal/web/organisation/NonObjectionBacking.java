package org.stakeholderportal.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Delegates;
import org.stakeholderportal.organisation.boundary.NonObjection;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.Delegate;
import org.stakeholderportal.organisation.entity.Objection;
import org.stakeholderportal.organisation.entity.ObjectionList;
import org.stakeholderportal.organisation.entity.ObjectionListEntry;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.web.platform.Languages;
import org.stakeholderportal.web.platform.Messages;

/**
 * secretariat/non-objection.xhtml: link delegates to member States, put applicants without ECOSOC status on a
 * list, circulate it with a deadline (official time zone), and see the objections and the outcome.
 */
@Named
@ViewScoped
public class NonObjectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NonObjection nonObjection;

    @Inject
    transient Delegates delegates;

    @Inject
    transient Drafts drafts;

    @Inject
    transient Languages languages;

    private Long processId;
    private NegotiationProcess process;
    private boolean required;
    private String listTitle;
    private List<Long> chosen = new ArrayList<>();
    private final Map<Long, String> deadlines = new HashMap<>();
    private String delegateUsername;
    private String delegateState;

    public void load() {
        process = processId == null ? null : drafts.process(processId).orElse(null);
        if (process != null) {
            required = process.isAccreditationByNonObjection();
        }
    }

    public String saveRequired() {
        return act(() -> nonObjection.requireNonObjection(processId, process.getVersion(), required), "nonObjection.requiredSaved");
    }

    public String propose() {
        return act(() -> nonObjection.propose(processId, listTitle, new HashSet<>(chosen)), "nonObjection.listProposed");
    }

    public String remove(ObjectionListEntry entry) {
        return act(() -> nonObjection.remove(entry.getId()), null);
    }

    public String circulate(ObjectionList list) {
        return act(() -> nonObjection.circulate(list.getId(), list.getVersion(), instant(deadlines.get(list.getId()))), "nonObjection.listCirculated");
    }

    public String link() {
        return act(() -> delegates.link(delegateUsername, delegateState), "delegate.linkedInfo");
    }

    public String unlink(Delegate delegate) {
        return act(() -> delegates.unlink(delegate.getId()), null);
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            if (done != null) {
                Messages.info(done);
            }
            chosen = new ArrayList<>();
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        load();
        return null;
    }

    private Instant instant(String localDateTime) {
        try {
            return LocalDateTime.parse(localDateTime).atZone(process.officialZone()).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new Refusal("nonObjection.deadlinePast");
        }
    }

    public List<Accreditation> getEligible() {
        return processId == null ? List.of() : nonObjection.eligible(processId);
    }

    public List<ObjectionList> getLists() {
        return processId == null ? List.of() : nonObjection.lists(processId);
    }

    public List<ObjectionListEntry> entries(ObjectionList list) {
        return nonObjection.entries(list.getId());
    }

    public List<Objection> objections(ObjectionList list) {
        return nonObjection.objections(list.getId());
    }

    public List<Delegate> getDelegates() {
        return delegates.delegates();
    }

    public String official(Instant instant) {
        return instant == null ? "" : instant.atZone(process.officialZone()).toLocalDateTime().toString().replace('T', ' ');
    }

    /** Member States by name in the reader's language, for the delegate form. */
    public List<String[]> getStates() {
        Locale locale = languages.getLocale();
        return java.util.Arrays.stream(Locale.getISOCountries()).map(c -> new String[] {c, new Locale("", c).getDisplayCountry(locale)})
                .sorted(Comparator.comparing(a -> a[1])).toList();
    }

    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public NegotiationProcess getProcess() { return process; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public String getListTitle() { return listTitle; }
    public void setListTitle(String listTitle) { this.listTitle = listTitle; }
    public List<Long> getChosen() { return chosen; }
    public void setChosen(List<Long> chosen) { this.chosen = chosen; }
    public Map<Long, String> getDeadlines() { return deadlines; }
    public String getDelegateUsername() { return delegateUsername; }
    public void setDelegateUsername(String delegateUsername) { this.delegateUsername = delegateUsername; }
    public String getDelegateState() { return delegateState; }
    public void setDelegateState(String delegateState) { this.delegateState = delegateState; }
}
