package org.stakeholderportal.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.EcosocStatus;
import org.stakeholderportal.organisation.entity.Membership;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.organisation.entity.OrganisationStanding;
import org.stakeholderportal.organisation.entity.UnRegion;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.web.platform.Languages;
import org.stakeholderportal.web.platform.Messages;

/** workspace/organisation.xhtml: apply for a new organisation, ask to join one, or manage one's own. */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Organisations organisations;

    @Inject
    transient Drafts drafts;

    @Inject
    transient Languages languages;

    private Long processId;
    private NegotiationProcess process;
    private OrganisationStanding standing;
    private OrganisationApplication application = new OrganisationApplication();
    private Long organisationToJoin;
    private String description;

    public void load() {
        process = processId == null ? null : drafts.process(processId).orElse(null);
        standing = process == null ? null : organisations.standing(processId).orElse(null);
        if (standing != null) {
            description = standing.getOrganisation().getDescription();
        }
    }

    public String apply() {
        try {
            organisations.apply(processId, application);
            return done("organisation.applied");
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    public String join() {
        try {
            organisations.requestToJoin(processId, organisationToJoin == null ? -1 : organisationToJoin);
            return done("organisation.joinRequested");
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    public String decide(Membership membership, boolean approve) {
        try {
            organisations.decideMembership(membership.getId(), membership.getVersion(), approve);
            return done(approve ? "membership.approved" : "membership.declined");
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    public String remove(Membership membership) {
        try {
            organisations.removeMember(membership.getId(), membership.getVersion());
            return done("membership.removed");
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    public String resubmit() {
        try {
            organisations.resubmit(standing.getAccreditation().getId(), standing.getAccreditation().getVersion(), description);
            return done("organisation.resubmitted");
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    /** After a change: the page again at its own address, so reloading or bookmarking it never repeats the change. */
    private String done(String messageKey) {
        Messages.info(messageKey);
        Messages.keepForRedirect();
        return "/workspace/organisation?faces-redirect=true&process=" + processId;
    }

    public List<NegotiationProcess> getProcesses() {
        return drafts.processes();
    }

    public List<Organisation> getJoinable() {
        return processId == null ? List.of() : organisations.joinable(processId);
    }

    public List<String> getCategories() {
        return organisations.categories();
    }

    public UnRegion[] getRegions() {
        return UnRegion.values();
    }

    public EcosocStatus[] getEcosocStatuses() {
        return EcosocStatus.values();
    }

    /** ISO country codes, ordered by their name in the reader's language. */
    public List<String> getCountries() {
        Locale locale = languages.getLocale();
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> countryName(code), collator))
                .toList();
    }

    public String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(languages.getLocale());
    }

    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public NegotiationProcess getProcess() { return process; }
    public OrganisationStanding getStanding() { return standing; }
    public OrganisationApplication getApplication() { return application; }
    public Long getOrganisationToJoin() { return organisationToJoin; }
    public void setOrganisationToJoin(Long organisationToJoin) { this.organisationToJoin = organisationToJoin; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
