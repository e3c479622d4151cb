package org.stakeholderportal.web.draft;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.web.platform.Messages;

/** secretariat/index.xhtml: the processes and their drafts, and a form to create a process. */
@Named
@RequestScoped
public class ProcessesBacking {

    @Inject
    Drafts drafts;

    private String code;
    private String name;
    private String timeZone = "Europe/Vienna";

    public String create() {
        try {
            NegotiationProcess process = drafts.createProcess(code, name, timeZone);
            Messages.info("process.created", process.getCode());
            code = null;
            name = null;
            return null;
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
            return null;
        }
    }

    public List<NegotiationProcess> getProcesses() {
        return drafts.processes();
    }

    public List<Draft> draftsOf(NegotiationProcess process) {
        return drafts.drafts(process.getId());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
}
