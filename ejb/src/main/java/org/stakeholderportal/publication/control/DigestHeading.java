package org.stakeholderportal.publication.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a digest says before its first contribution: which process and draft it covers, when it was generated (shown
 * in the consultation's official zone), in which language it is written, and how the published input is spread.
 * <p>
 * Every map is ordered as the caller gives it (largest first, or the draft's order of articles) and its keys are
 * already labelled in the document's language: the renderers translate only their own fixed texts.
 *
 * @param processName the negotiating process, e.g. "Ad Hoc Committee on …"
 * @param draftTitle the draft's title
 * @param draftLabel which text of the draft this is, e.g. "Revised draft text"
 * @param generatedAt when the digest was generated
 * @param officialZone the consultation's official time zone, in which dates are printed
 * @param locale the language of the document's fixed texts; Arabic makes the whole document right to left
 * @param total the number of published contributions in the digest
 * @param byArticle counts per article, keys such as "Article 24 — Conditions and safeguards"
 * @param byCategory counts per stakeholder category
 * @param byRegion counts per regional group
 * @param byType counts per type of input
 * @param byLanguage counts per language of the input
 */
public record DigestHeading(String processName, String draftTitle, String draftLabel, Instant generatedAt,
        ZoneId officialZone, Locale locale, long total, Map<String, Long> byArticle, Map<String, Long> byCategory,
        Map<String, Long> byRegion, Map<String, Long> byType, Map<String, Long> byLanguage) {

    public DigestHeading {
        Objects.requireNonNull(processName, "processName");
        Objects.requireNonNull(draftTitle, "draftTitle");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(officialZone, "officialZone");
        Objects.requireNonNull(locale, "locale");
        byArticle = ordered(byArticle);
        byCategory = ordered(byCategory);
        byRegion = ordered(byRegion);
        byType = ordered(byType);
        byLanguage = ordered(byLanguage);
    }

    /** An unmodifiable copy that keeps the caller's order (Map.copyOf would not). */
    private static Map<String, Long> ordered(Map<String, Long> counts) {
        return counts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
