package org.stakeholderportal.web.session;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.session.boundary.Sessions;
import org.stakeholderportal.session.boundary.SpeakersLists;
import org.stakeholderportal.session.entity.AgendaItem;
import org.stakeholderportal.session.entity.BalanceRow;
import org.stakeholderportal.session.entity.SpeakerRequest;
import org.stakeholderportal.session.entity.SpeakerStatus;
import org.stakeholderportal.web.platform.Messages;

/** secretariat/speakers.xhtml: one agenda item's speakers' list, ordered, balanced, timed and confirmed. */
@Named
@ViewScoped
public class SpeakersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Sessions sessions;

    @Inject
    transient SpeakersLists speakersLists;

    private Long itemId;
    private AgendaItem item;
    private Integer minutes;
    private transient List<SpeakerRequest> requests;
    private transient Map<Long, Organisation> coalitionMembers;

    public void load() {
        item = itemId == null ? null : sessions.agendaItem(itemId).orElse(null);
        requests = null;
        if (item != null && minutes == null) {
            minutes = item.getMinutesPerSpeaker();
        }
    }

    public List<SpeakerRequest> getRequests() {
        if (requests == null) {
            requests = item == null ? List.of() : speakersLists.requests(item.getId());
            coalitionMembers = speakersLists.coalitionMembers(requests);
        }
        return requests;
    }

    public String onBehalfOf(SpeakerRequest request) {
        getRequests();
        return request.onBehalfOfNames(coalitionMembers);
    }

    public List<BalanceRow> getBalance() {
        return item == null ? List.of() : speakersLists.balance(item.getId());
    }

    public String move(SpeakerRequest request, boolean up) {
        return act(() -> speakersLists.move(request.getId(), request.getVersion(), up), null);
    }

    public String decide(SpeakerRequest request, String status) {
        return act(() -> speakersLists.decide(request.getId(), request.getVersion(), SpeakerStatus.valueOf(status)), null);
    }

    public String saveMinutes() {
        return act(() -> speakersLists.allowMinutes(item.getId(), item.getVersion(), minutes == null ? 0 : minutes), "speakers.minutesSaved");
    }

    public String confirm() {
        return act(() -> speakersLists.confirm(item.getId(), item.getVersion()), "speakers.published");
    }

    public String reopen() {
        return act(() -> speakersLists.reopen(item.getId(), item.getVersion()), "speakers.reopenedInfo");
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            if (done != null) {
                Messages.info(done);
            }
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        load();
        return null;
    }

    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public AgendaItem getItem() { return item; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
}
