package org.stakeholderportal.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a process sets for its contributions: how long a text may be, how many documents, how many submissions
 * an organisation may make in a day, and the languages it accepts. A process without a row has the defaults.
 */
@Entity
@Table(name = "process_settings")
public class ProcessSettings {

    public static final int DEFAULT_MAX_WORDS = 2000;
    public static final int DEFAULT_MAX_ATTACHMENTS = 3;
    public static final int DEFAULT_MAX_SUBMISSIONS_PER_DAY = 50;
    /** The six UN languages, then "other" for a text in none of them; the order the forms offer them in. */
    public static final List<String> ALL_LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh", "other");

    @Id
    @Column(name = "process_id")
    private long processId;

    @Column(name = "max_words", nullable = false)
    private int maxWords = DEFAULT_MAX_WORDS;

    @Column(name = "max_attachments", nullable = false)
    private int maxAttachments = DEFAULT_MAX_ATTACHMENTS;

    @Column(name = "max_submissions_per_day", nullable = false)
    private int maxSubmissionsPerDay = DEFAULT_MAX_SUBMISSIONS_PER_DAY;

    @Column(nullable = false, length = 100)
    private String languages = String.join(",", ALL_LANGUAGES);

    @Version
    private long version;

    protected ProcessSettings() {
    }

    public ProcessSettings(long processId) {
        this.processId = processId;
    }

    public void change(int maxWords, int maxAttachments, int maxSubmissionsPerDay, Set<String> languages) {
        this.maxWords = maxWords;
        this.maxAttachments = maxAttachments;
        this.maxSubmissionsPerDay = maxSubmissionsPerDay;
        this.languages = ALL_LANGUAGES.stream().filter(languages::contains).collect(Collectors.joining(","));
    }

    /** Whether a contribution may be written in this language (a code of {@link #ALL_LANGUAGES}). */
    public boolean offers(String language) {
        return getLanguages().contains(language);
    }

    /** The languages offered, in the forms' order. */
    public List<String> getLanguages() {
        Set<String> offered = new LinkedHashSet<>(Arrays.asList(languages.split(",")));
        return ALL_LANGUAGES.stream().filter(offered::contains).toList();
    }

    /** One line for the audit trail, comparable before and after a change. */
    public String describe() {
        return "maxWords=" + maxWords + "; maxAttachments=" + maxAttachments + "; maxSubmissionsPerDay=" + maxSubmissionsPerDay
                + "; languages=" + languages;
    }

    public long getProcessId() { return processId; }
    public int getMaxWords() { return maxWords; }
    public int getMaxAttachments() { return maxAttachments; }
    public int getMaxSubmissionsPerDay() { return maxSubmissionsPerDay; }
    public long getVersion() { return version; }
}
