package org.stakeholderportal.web.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.settings.boundary.Settings;
import org.stakeholderportal.settings.control.MailTemplates;
import org.stakeholderportal.settings.entity.CodeList;
import org.stakeholderportal.settings.entity.CodeListEntry;
import org.stakeholderportal.settings.entity.MailTemplate;
import org.stakeholderportal.settings.entity.ProcessSettings;
import org.stakeholderportal.web.platform.Messages;

/**
 * secretariat/settings.xhtml: a process's limits, languages and official time zone; the stakeholder categories and
 * reason codes; the wording of the mails with a preview. Versions are those the person saw when the page (or the
 * editor) was loaded, so a change someone else made meanwhile is refused rather than overwritten.
 */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Settings settings;

    @Inject
    transient Drafts drafts;

    @Inject
    transient PortalClock clock;

    private Long processId;
    private NegotiationProcess process;

    private long settingsVersion;
    private Integer maxWords;
    private Integer maxAttachments;
    private Integer maxSubmissionsPerDay;
    private String timeZone;
    private final Map<String, Boolean> languages = new LinkedHashMap<>();

    private final Map<CodeList, List<Entry>> entries = new EnumMap<>(CodeList.class);
    private final Map<String, String> newCodes = new HashMap<>();
    private final Map<String, Map<String, String>> newLabels = new HashMap<>();
    private CodeList editingList;
    private String editingCode;
    private long editingVersion;
    private final Map<String, String> editingLabels = new HashMap<>();

    private Map<String, Set<String>> reworded = new LinkedHashMap<>();
    private String templateKey;
    private String templateLanguage;
    private Long templateVersion;
    private String subject;
    private String body;
    private MailTemplates.Preview preview;

    public void load() {
        process = processId == null ? null : drafts.process(processId).orElse(null);
        if (process == null) {
            return;
        }
        loadLimits();
        for (CodeList list : CodeList.values()) {
            loadEntries(list);
            newLabels.put(list.name(), new HashMap<>());
        }
        loadTemplates();
    }

    private void loadLimits() {
        process = drafts.process(processId).orElseThrow();
        ProcessSettings current = settings.of(processId);
        settingsVersion = current.getVersion();
        maxWords = current.getMaxWords();
        maxAttachments = current.getMaxAttachments();
        maxSubmissionsPerDay = current.getMaxSubmissionsPerDay();
        timeZone = process.getOfficialTimeZone();
        languages.clear();
        ProcessSettings.ALL_LANGUAGES.forEach(l -> languages.put(l, current.offers(l)));
    }

    private void loadEntries(CodeList list) {
        Map<String, Map<String, String>> own = settings.labels(list);
        List<Entry> rows = new ArrayList<>();
        for (CodeListEntry e : settings.entries(list)) {
            rows.add(new Entry(e.getCode(), e.isActive(), e.getVersion(), own.getOrDefault(e.getCode(), Map.of())));
        }
        entries.put(list, rows);
    }

    private void loadTemplates() {
        reworded = new LinkedHashMap<>();
        settings.templates().forEach((key, byLanguage) -> reworded.put(key, new LinkedHashSet<>(byLanguage.keySet())));
    }

    public String saveLimits() {
        try {
            Set<String> offered = new LinkedHashSet<>();
            languages.forEach((language, on) -> {
                if (Boolean.TRUE.equals(on)) {
                    offered.add(language);
                }
            });
            settings.change(processId, settingsVersion, orZero(maxWords), orZero(maxAttachments), orZero(maxSubmissionsPerDay), offered, timeZone);
            Messages.info("settings.saved");
            loadLimits();
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    public String add(CodeList list) {
        try {
            settings.add(list, newCodes.get(list.name()), newLabels.get(list.name()));
            Messages.info("settings.entryAdded", newCodes.get(list.name()).trim().toUpperCase(java.util.Locale.ROOT));
            newCodes.remove(list.name());
            newLabels.put(list.name(), new HashMap<>());
            loadEntries(list);
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    /** Opens the label editor of one entry, with the labels the secretariat gave it so far. */
    public String edit(CodeList list, Entry entry) {
        editingList = list;
        editingCode = entry.getCode();
        editingVersion = entry.getVersion();
        editingLabels.clear();
        editingLabels.putAll(entry.getLabels());
        return null;
    }

    public String saveLabels() {
        try {
            settings.relabel(editingList, editingCode, editingVersion, editingLabels);
            Messages.info("settings.labelsSaved", editingCode);
            loadEntries(editingList);
            editingList = null;
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    public String cancelEdit() {
        editingList = null;
        return null;
    }

    public String setActive(CodeList list, Entry entry, boolean active) {
        try {
            settings.setActive(list, entry.getCode(), entry.getVersion(), active);
            Messages.info(active ? "settings.entryReinstated" : "settings.entryRetired", entry.getCode());
            loadEntries(list);
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    /** Opens the editor of a mail in a language: the secretariat's wording if there is one, else the portal's. */
    public String openTemplate() {
        preview = null;
        try {
            MailTemplate own = settings.templates().getOrDefault(templateKey, Map.of()).get(templateLanguage);
            if (own != null) {
                templateVersion = own.getVersion();
                subject = own.getSubject();
                body = own.getBody();
            } else {
                MailTemplates.Preview standard = MailTemplates.standard(templateKey, templateLanguage);
                templateVersion = null;
                subject = standard.getSubject();
                body = standard.getBody();
            }
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    public String previewTemplate() {
        try {
            preview = settings.preview(templateKey, templateLanguage, subject, body);
        } catch (Refusal refusal) {
            preview = null;
            Messages.refused(null, refusal);
        }
        return null;
    }

    public String saveTemplate() {
        try {
            MailTemplate saved = settings.saveTemplate(templateKey, templateLanguage, templateVersion, subject, body);
            templateVersion = saved.getVersion();
            preview = null;
            Messages.info("settings.templateSaved");
            loadTemplates();
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    public String removeTemplate() {
        if (templateVersion == null) {
            return null;
        }
        try {
            settings.removeTemplate(templateKey, templateLanguage, templateVersion);
            Messages.info("settings.templateRemoved");
            loadTemplates();
            openTemplate();
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
        return null;
    }

    /** The official zone's offset from UTC now, e.g. "UTC+01:00", or nothing when the zone is not valid. */
    public String getCurrentOffset() {
        try {
            ZoneOffset offset = ZoneId.of(process.getOfficialTimeZone()).getRules().getOffset(clock.now());
            return "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
        } catch (DateTimeException e) {
            return "";
        }
    }

    public List<Entry> entries(CodeList list) {
        return entries.getOrDefault(list, List.of());
    }

    /** "{0} = submission number, {1} = title, …" for a mail, in the page's language. */
    public List<String> placeholders(String key) {
        List<String> names = MailTemplates.placeholders(key);
        List<String> described = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            described.add("{" + i + "} " + Messages.text("placeholder." + names.get(i)));
        }
        return described;
    }

    public List<String> getTemplateKeys() { return new ArrayList<>(MailTemplates.keys()); }
    public List<String> getTemplateLanguages() { return MailTemplates.LANGUAGES; }
    public Map<String, Set<String>> getReworded() { return reworded; }
    public boolean isEditingTemplate() { return templateKey != null && subject != null; }

    public CodeList[] getLists() { return CodeList.values(); }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public NegotiationProcess getProcess() { return process; }
    public Integer getMaxWords() { return maxWords; }
    public void setMaxWords(Integer maxWords) { this.maxWords = maxWords; }
    public Integer getMaxAttachments() { return maxAttachments; }
    public void setMaxAttachments(Integer maxAttachments) { this.maxAttachments = maxAttachments; }
    public Integer getMaxSubmissionsPerDay() { return maxSubmissionsPerDay; }
    public void setMaxSubmissionsPerDay(Integer maxSubmissionsPerDay) { this.maxSubmissionsPerDay = maxSubmissionsPerDay; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public Map<String, Boolean> getLanguages() { return languages; }
    public Map<String, String> getNewCodes() { return newCodes; }
    public Map<String, Map<String, String>> getNewLabels() { return newLabels; }
    public CodeList getEditingList() { return editingList; }
    public String getEditingCode() { return editingCode; }
    public Map<String, String> getEditingLabels() { return editingLabels; }
    public String getTemplateKey() { return templateKey; }
    public void setTemplateKey(String templateKey) { this.templateKey = templateKey; }
    public String getTemplateLanguage() { return templateLanguage; }
    public void setTemplateLanguage(String templateLanguage) { this.templateLanguage = templateLanguage; }
    public Long getTemplateVersion() { return templateVersion; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public MailTemplates.Preview getPreview() { return preview; }

    /** An entry of a list as the page shows it, with the version seen. */
    public static final class Entry implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final boolean active;
        private final long version;
        private final Map<String, String> labels;

        Entry(String code, boolean active, long version, Map<String, String> labels) {
            this.code = code;
            this.active = active;
            this.version = version;
            this.labels = new HashMap<>(labels);
        }

        public String getCode() { return code; }
        public boolean isActive() { return active; }
        public long getVersion() { return version; }
        public Map<String, String> getLabels() { return labels; }
    }
}
