package org.stakeholderportal.publication.entity;

import java.io.Serializable;
import java.util.Map;

/**
 * How much was published on a draft and by whom: per article (by anchor, in the draft's order), stakeholder
 * category, regional group, type of input and language. Each of those maps is ordered and counts contributions, a
 * joint one once (under its lead organisation); the participation maps count organisations instead, co-signers too.
 */
public class DigestStatistics implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long total;
    private final Map<String, Long> byArticle;
    private final Map<String, Long> byCategory;
    private final Map<String, Long> byRegion;
    private final Map<String, Long> byKind;
    private final Map<String, Long> byLanguage;
    private final long joint;
    private final Map<String, Long> participationByCategory;
    private final Map<String, Long> participationByRegion;

    public DigestStatistics(long total, Map<String, Long> byArticle, Map<String, Long> byCategory, Map<String, Long> byRegion,
            Map<String, Long> byKind, Map<String, Long> byLanguage, long joint, Map<String, Long> participationByCategory,
            Map<String, Long> participationByRegion) {
        this.total = total;
        this.byArticle = byArticle;
        this.byCategory = byCategory;
        this.byRegion = byRegion;
        this.byKind = byKind;
        this.byLanguage = byLanguage;
        this.joint = joint;
        this.participationByCategory = participationByCategory;
        this.participationByRegion = participationByRegion;
    }

    public long getTotal() { return total; }
    public Map<String, Long> getByArticle() { return byArticle; }
    public Map<String, Long> getByCategory() { return byCategory; }
    public Map<String, Long> getByRegion() { return byRegion; }
    public Map<String, Long> getByKind() { return byKind; }
    public Map<String, Long> getByLanguage() { return byLanguage; }
    /** How many of the contributions were submitted jointly (each counted once in every other count here). */
    public long getJoint() { return joint; }
    /** Organisations taking part, per category: each contribution's lead and each of its co-signers counted. */
    public Map<String, Long> getParticipationByCategory() { return participationByCategory; }
    public Map<String, Long> getParticipationByRegion() { return participationByRegion; }
}
