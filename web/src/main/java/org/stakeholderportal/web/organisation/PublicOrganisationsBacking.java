package org.stakeholderportal.web.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.web.platform.Languages;

/** organisations.xhtml: the organisations accredited for a process, for everyone to see. */
@Named
@RequestScoped
public class PublicOrganisationsBacking {

    @Inject
    Organisations organisations;

    @Inject
    Drafts drafts;

    @Inject
    Languages languages;

    @Inject
    Contributions contributions;

    private Long processId;

    public List<NegotiationProcess> getProcesses() {
        return drafts.processes();
    }

    public List<Accreditation> accredited(NegotiationProcess process) {
        return organisations.accredited(process.getId());
    }

    private final Map<Long, Map<Long, Long>> published = new java.util.HashMap<>();

    /** Published contributions of an organisation in the process; one query per process and request. */
    public long publishedBy(NegotiationProcess process, long organisationId) {
        return published.computeIfAbsent(process.getId(), id -> contributions.publishedPerOrganisation(id))
                .getOrDefault(organisationId, 0L);
    }

    public String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(languages.getLocale());
    }

    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
}
