package org.stakeholderportal.settings.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.settings.control.MailTemplates;
import org.stakeholderportal.settings.entity.CodeLabel;
import org.stakeholderportal.settings.entity.CodeList;
import org.stakeholderportal.settings.entity.CodeListEntry;
import org.stakeholderportal.settings.entity.MailTemplate;
import org.stakeholderportal.settings.entity.ProcessSettings;
import org.stakeholderportal.settings.entity.RejectionReason;
import org.stakeholderportal.settings.entity.StakeholderCategory;

/**
 * What the secretariat sets without a release: a process's limits, languages and official time zone; the
 * stakeholder categories and reason codes and their labels; the wording of the mails. Every change checks the
 * version the person saw and is audited with the values before and after. Nothing is cached: every read is from
 * the database, so a change applies to the next request.
 */
@Stateless
public class Settings {

    public static final int MAX_WORDS_CEILING = 20_000;
    public static final int MAX_ATTACHMENTS_CEILING = 20;
    public static final int MAX_SUBMISSIONS_CEILING = 10_000;
    public static final int MAX_LABEL = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext context;

    /** The process's settings as they are now (the defaults if it never changed them). */
    @PermitAll
    public ProcessSettings of(long processId) {
        ProcessSettings settings = em.find(ProcessSettings.class, processId);
        return settings == null ? new ProcessSettings(processId) : settings;
    }

    /**
     * Changes a process's limits, offered languages and official time zone. {@code expectedVersion} is the version
     * of the settings the person saw; a process never changed has version 0.
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public ProcessSettings change(long processId, long expectedVersion, int maxWords, int maxAttachments, int maxSubmissionsPerDay,
            Set<String> languages, String timeZone) {
        NegotiationProcess process = em.find(NegotiationProcess.class, processId, LockModeType.PESSIMISTIC_WRITE);
        if (process == null) {
            throw new Refusal("process.unknown", processId);
        }
        requireWithin("settings.maxWords", maxWords, 1, MAX_WORDS_CEILING);
        requireWithin("settings.maxAttachments", maxAttachments, 0, MAX_ATTACHMENTS_CEILING);
        requireWithin("settings.maxSubmissionsPerDay", maxSubmissionsPerDay, 1, MAX_SUBMISSIONS_CEILING);
        if (languages == null || languages.isEmpty()) {
            throw new Refusal("settings.languagesEmpty");
        }
        for (String language : languages) {
            if (!ProcessSettings.ALL_LANGUAGES.contains(language)) {
                throw new Refusal("contribution.languageUnknown", (Object) language);
            }
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.trim());
        } catch (DateTimeException e) {
            throw new Refusal("process.timeZoneUnknown", (Object) timeZone);
        }
        ProcessSettings settings = em.find(ProcessSettings.class, processId, LockModeType.PESSIMISTIC_WRITE);
        if (settings == null) {
            settings = new ProcessSettings(processId);
            em.persist(settings);
        }
        if (settings.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        String before = settings.describe() + "; timeZone=" + process.getOfficialTimeZone();
        settings.change(maxWords, maxAttachments, maxSubmissionsPerDay, languages);
        process.moveTo(zone);
        String after = settings.describe() + "; timeZone=" + zone.getId();
        em.flush();
        audit.record("settings.changed", "ProcessSettings", processId, "before: " + before + " | after: " + after);
        return settings;
    }

    /** Every entry of a list, retired ones too, in the secretariat's order. */
    @PermitAll
    public List<? extends CodeListEntry> entries(CodeList list) {
        return em.createQuery("select e from " + list.entity().getSimpleName() + " e order by e.position, e.code", list.entity())
                .getResultList();
    }

    /** The secretariat's own labels of a list's entries: code → language → label. */
    @PermitAll
    public Map<String, Map<String, String>> labels(CodeList list) {
        Map<String, Map<String, String>> labels = new TreeMap<>();
        em.createQuery("select l from CodeLabel l where l.list = :list", CodeLabel.class).setParameter("list", list).getResultList()
                .forEach(l -> labels.computeIfAbsent(l.getCode(), c -> new HashMap<>()).put(l.getLanguage(), l.getLabel()));
        return labels;
    }

    /** The secretariat's own labels in one language, by label key ("category.NGO", "reason.LATE"): for pages and mails. */
    @PermitAll
    public Map<String, String> labelsIn(String language) {
        Map<String, String> labels = new HashMap<>();
        em.createQuery("select l from CodeLabel l where l.language = :l", CodeLabel.class).setParameter("l", language).getResultList()
                .forEach(l -> labels.put(l.getList().key(l.getCode()), l.getLabel()));
        return labels;
    }

    /** Adds an entry at the end of a list, with its labels (English at least; other languages show English until given). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public CodeListEntry add(CodeList list, String code, Map<String, String> labels) {
        String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw new Refusal("settings.codeInvalid", (Object) code);
        }
        if (em.find(list.entity(), normalised) != null) {
            throw new Refusal("settings.codeTaken", (Object) normalised);
        }
        Map<String, String> cleaned = cleanLabels(labels);
        if (!cleaned.containsKey("en")) {
            throw new Refusal("settings.labelEnglishMissing");
        }
        int position = em.createQuery("select coalesce(max(e.position), 0) from " + list.entity().getSimpleName() + " e", Integer.class)
                .getSingleResult() + 1;
        CodeListEntry entry = list == CodeList.CATEGORY ? new StakeholderCategory(normalised, position) : new RejectionReason(normalised, position);
        em.persist(entry);
        cleaned.forEach((language, label) -> em.persist(new CodeLabel(list, normalised, language, label)));
        em.flush();
        audit.record("settings." + list.prefix() + ".added", "CodeList", 0, "code=" + normalised + "; labels=" + new TreeMap<>(cleaned));
        return entry;
    }

    /**
     * Sets an entry's labels per language: a label given replaces the bundle's, a blank one goes back to the bundle's.
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public CodeListEntry relabel(CodeList list, String code, long expectedVersion, Map<String, String> labels) {
        CodeListEntry entry = entryForChange(list, code, expectedVersion);
        Map<String, String> cleaned = cleanLabels(labels);
        Map<String, String> before = new TreeMap<>(labels(list).getOrDefault(code, Map.of()));
        List<CodeLabel> existing = em.createQuery("select l from CodeLabel l where l.list = :list and l.code = :code", CodeLabel.class)
                .setParameter("list", list).setParameter("code", code).getResultList();
        for (String language : MailTemplates.LANGUAGES) {
            Optional<CodeLabel> current = existing.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
            String label = cleaned.get(language);
            if (label == null) {
                current.ifPresent(em::remove);
            } else if (current.isPresent()) {
                current.get().rename(label);
            } else {
                em.persist(new CodeLabel(list, code, language, label));
            }
        }
        // The labels are rows of their own: the entry's version moves so a second person's stale form is refused.
        em.lock(entry, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record("settings." + list.prefix() + ".relabelled", "CodeList", 0, "code=" + code + "; before: " + before
                + " | after: " + new TreeMap<>(cleaned));
        return entry;
    }

    /** Retires an entry (no longer offered for new organisations or decisions; those that use it keep it) or reinstates it. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public CodeListEntry setActive(CodeList list, String code, long expectedVersion, boolean active) {
        CodeListEntry entry = entryForChange(list, code, expectedVersion);
        boolean before = entry.isActive();
        if (active) {
            entry.reinstate();
        } else {
            entry.retire();
        }
        em.flush();
        audit.record("settings." + list.prefix() + (active ? ".reinstated" : ".retired"), "CodeList", 0,
                "code=" + code + "; before: active=" + before + " | after: active=" + active);
        return entry;
    }

    /** Every mail's current wordings by the secretariat: template key → language → template. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public Map<String, Map<String, MailTemplate>> templates() {
        Map<String, Map<String, MailTemplate>> templates = new LinkedHashMap<>();
        MailTemplates.keys().forEach(key -> templates.put(key, new HashMap<>()));
        em.createQuery("select t from MailTemplate t", MailTemplate.class).getResultList()
                .forEach(t -> templates.computeIfAbsent(t.getTemplateKey(), k -> new HashMap<>()).put(t.getLanguage(), t));
        return templates;
    }

    /**
     * Words a mail in one language. {@code expectedVersion} is the version of the wording the person edited, or null
     * when they started from the bundle's text (refused if someone saved a wording meanwhile).
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public MailTemplate saveTemplate(String key, String language, Long expectedVersion, String subject, String body) {
        requireTemplate(key, language);
        String cleanSubject = subject == null ? null : subject.strip();
        String cleanBody = body == null ? null : body.strip().replace("\r\n", "\n");
        MailTemplates.check(key, cleanSubject, cleanBody);
        Optional<MailTemplate> existing = template(key, language);
        if (existing.isPresent() != (expectedVersion != null)
                || existing.isPresent() && existing.get().getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        MailTemplate template;
        String before;
        if (existing.isPresent()) {
            template = existing.get();
            before = "subject=" + template.getSubject() + "; body=" + template.getBody();
            template.rewrite(cleanSubject, cleanBody, caller(), clock.now());
        } else {
            template = new MailTemplate(key, language, cleanSubject, cleanBody, caller(), clock.now());
            before = "(bundle)";
            em.persist(template);
        }
        em.flush();
        audit.record("settings.template.saved", "MailTemplate", template.getId(), "key=" + key + "; language=" + language
                + "; before: " + before + " | after: subject=" + cleanSubject + "; body=" + cleanBody);
        return template;
    }

    /** Removes the secretariat's wording: the mail goes back to the bundle's text in that language. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public void removeTemplate(String key, String language, long expectedVersion) {
        requireTemplate(key, language);
        MailTemplate template = template(key, language).orElseThrow(() -> new Refusal("concurrentChange"));
        if (template.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        em.remove(template);
        audit.record("settings.template.removed", "MailTemplate", template.getId(), "key=" + key + "; language=" + language
                + "; before: subject=" + template.getSubject() + "; body=" + template.getBody() + " | after: (bundle)");
    }

    /** The subject and body filled with sample values, checked as a save would check them (nothing is saved). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public MailTemplates.Preview preview(String key, String language, String subject, String body) {
        requireTemplate(key, language);
        return MailTemplates.preview(key, subject == null ? null : subject.strip(), body == null ? null : body.strip(),
                Locale.forLanguageTag(language));
    }

    private Optional<MailTemplate> template(String key, String language) {
        return em.createQuery("select t from MailTemplate t where t.templateKey = :k and t.language = :l", MailTemplate.class)
                .setParameter("k", key).setParameter("l", language).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    private static void requireTemplate(String key, String language) {
        if (!MailTemplates.known(key)) {
            throw new Refusal("template.unknown", (Object) key);
        }
        if (!MailTemplates.LANGUAGES.contains(language)) {
            throw new Refusal("contribution.languageUnknown", (Object) language);
        }
    }

    private CodeListEntry entryForChange(CodeList list, String code, long expectedVersion) {
        CodeListEntry entry = code == null ? null : em.find(list.entity(), code, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new Refusal("settings.entry.unknown", (Object) code);
        }
        if (entry.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        return entry;
    }

    private static Map<String, String> cleanLabels(Map<String, String> labels) {
        Map<String, String> cleaned = new HashMap<>();
        if (labels != null) {
            labels.forEach((language, label) -> {
                if (!MailTemplates.LANGUAGES.contains(language)) {
                    throw new Refusal("contribution.languageUnknown", (Object) language);
                }
                String text = label == null ? "" : label.strip();
                if (text.length() > MAX_LABEL) {
                    throw new Refusal("settings.labelTooLong", MAX_LABEL);
                }
                if (!text.isEmpty()) {
                    cleaned.put(language, text);
                }
            });
        }
        return cleaned;
    }

    private static void requireWithin(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new Refusal(what + "OutOfRange", min, max);
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
