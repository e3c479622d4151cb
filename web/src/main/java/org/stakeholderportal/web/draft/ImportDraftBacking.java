package org.stakeholderportal.web.draft;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.platform.DomainMessages;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.web.platform.Languages;
import org.stakeholderportal.web.platform.Messages;

/** secretariat/import.xhtml: upload a draft (Akoma Ntoso XML or Markdown) into a process. */
@Named
@ViewScoped
public class ImportDraftBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Drafts drafts;

    @Inject
    transient Languages languages;

    private Long processId;
    private NegotiationProcess process;
    private Long predecessorId;
    private String versionLabel;
    private String draftDate = LocalDate.now().toString();
    private transient Part file;
    private Draft imported;
    private List<String> notices = List.of();
    private Long versionDraftId;
    private String versionLanguage;
    private transient Part versionFile;

    public void load() {
        process = processId == null ? null : drafts.process(processId).orElse(null);
    }

    public String importFile() {
        if (file == null || file.getSize() == 0) {
            Messages.refused("import-form:file", new Refusal("draft.fileEmpty"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(draftDate);
        } catch (DateTimeParseException | NullPointerException e) {
            Messages.refused("import-form:date", new Refusal("draft.dateMissing"));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes(Drafts.MAX_FILE_BYTES + 1);
            Drafts.DraftImport result = drafts.importDraft(processId, predecessorId, versionLabel, date,
                    file.getSubmittedFileName(), content);
            imported = result.getDraft();
            notices = result.getNotices().stream()
                    .map(n -> DomainMessages.format(n.getMessageKey(), n.getArguments(), languages.getLocale())).toList();
            Messages.info("import.done", imported.getArticleCount());
        } catch (Refusal refusal) {
            Messages.refused("import-form:file", refusal);
        } catch (IOException e) {
            Messages.refused("import-form:file", new Refusal("draft.fileEmpty"));
        }
        return null;
    }

    /** Adds a draft's text in another language from its own file. */
    public String importLanguageVersion() {
        if (versionFile == null || versionFile.getSize() == 0) {
            Messages.refused("language-form:version-file", new Refusal("draft.fileEmpty"));
            return null;
        }
        if (versionDraftId == null) {
            Messages.refused("language-form:version-draft", new Refusal("draft.unknown", ""));
            return null;
        }
        try (InputStream in = versionFile.getInputStream()) {
            byte[] content = in.readNBytes(Drafts.MAX_FILE_BYTES + 1);
            drafts.importLanguageVersion(versionDraftId, versionLanguage, versionFile.getSubmittedFileName(), content);
            Messages.info("import.languageVersionDone");
        } catch (Refusal refusal) {
            Messages.refused("language-form:version-file", refusal);
        } catch (IOException e) {
            Messages.refused("language-form:version-file", new Refusal("draft.fileEmpty"));
        }
        return null;
    }

    public List<String> getTextLanguages() {
        return Drafts.TEXT_LANGUAGES;
    }

    public Long getVersionDraftId() { return versionDraftId; }
    public void setVersionDraftId(Long versionDraftId) { this.versionDraftId = versionDraftId; }
    public String getVersionLanguage() { return versionLanguage; }
    public void setVersionLanguage(String versionLanguage) { this.versionLanguage = versionLanguage; }
    public Part getVersionFile() { return versionFile; }
    public void setVersionFile(Part versionFile) { this.versionFile = versionFile; }

    public List<Draft> getPredecessors() {
        return processId == null ? List.of() : drafts.drafts(processId);
    }

    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public NegotiationProcess getProcess() { return process; }
    public Long getPredecessorId() { return predecessorId; }
    public void setPredecessorId(Long predecessorId) { this.predecessorId = predecessorId; }
    public String getVersionLabel() { return versionLabel; }
    public void setVersionLabel(String versionLabel) { this.versionLabel = versionLabel; }
    public String getDraftDate() { return draftDate; }
    public void setDraftDate(String draftDate) { this.draftDate = draftDate; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public Draft getImported() { return imported; }
    public List<String> getNotices() { return notices; }

}
