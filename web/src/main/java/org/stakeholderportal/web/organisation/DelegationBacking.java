package org.stakeholderportal.web.organisation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stakeholderportal.organisation.boundary.Delegates;
import org.stakeholderportal.organisation.boundary.NonObjection;
import org.stakeholderportal.organisation.entity.Delegate;
import org.stakeholderportal.organisation.entity.Objection;
import org.stakeholderportal.organisation.entity.ObjectionList;
import org.stakeholderportal.organisation.entity.ObjectionListEntry;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.web.platform.Messages;

/** delegation/index.xhtml: a member State's delegate reads the circulated lists and objects, with a reason, before the deadline. */
@Named
@ViewScoped
public class DelegationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Delegates delegates;

    @Inject
    transient NonObjection nonObjection;

    @Inject
    transient PortalClock clock;

    private Delegate me;
    private transient Map<Long, List<Objection>> ours;

    public void load() {
        try {
            me = delegates.me();
        } catch (Refusal refusal) {
            me = null;
        }
        ours = new HashMap<>();
    }

    public List<ObjectionList> getLists() {
        return me == null ? List.of() : nonObjection.circulated();
    }

    public List<ObjectionListEntry> entries(ObjectionList list) {
        return nonObjection.entries(list.getId());
    }

    public boolean open(ObjectionList list) {
        return list.acceptsObjections(clock.now());
    }

    /** Our State's standing or withdrawn objection to an applicant, if any. */
    public Objection ours(ObjectionListEntry entry) {
        List<Objection> objections = ours.computeIfAbsent(entry.getList().getId(), id -> nonObjection.ourObjections(id));
        Optional<Objection> found = objections.stream().filter(o -> o.getEntry().getId().equals(entry.getId())).findFirst();
        return found.orElse(null);
    }

    public String object(ObjectionListEntry entry) {
        try {
            // A plain field per applicant, read by its name: one form per applicant in nested repeats.
            String reason = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("reason-" + entry.getId());
            nonObjection.object(entry.getId(), reason);
            Messages.info("nonObjection.objectionRecorded");
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        load();
        return null;
    }

    public String withdraw(ObjectionListEntry entry) {
        try {
            nonObjection.withdrawObjection(entry.getId());
            Messages.info("nonObjection.objectionWithdrawn");
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        load();
        return null;
    }

    public String official(ObjectionList list, Instant instant) {
        return instant == null ? "" : instant.atZone(list.getProcess().officialZone()).toLocalDateTime().toString().replace('T', ' ')
                + " (" + list.getProcess().getOfficialTimeZone() + ")";
    }

    public Delegate getMe() { return me; }
}
