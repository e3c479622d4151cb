package org.stakeholderportal.publication.entity;

import java.io.Serializable;
import java.util.Map;

/**
 * How much was published on a draft and by whom: per article (by anchor, in the draft's order), stakeholder
 * category, regional group, type of input and language. Each map is ordered and counts contributions.
 */
public class DigestStatistics implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long total;
    private final Map<String, Long> byArticle;
    private final Map<String, Long> byCategory;
    private final Map<String, Long> byRegion;
    private final Map<String, Long> byKind;
    private final Map<String, Long> byLanguage;

    public DigestStatistics(long total, Map<String, Long> byArticle, Map<String, Long> byCategory, Map<String, Long> byRegion,
            Map<String, Long> byKind, Map<String, Long> byLanguage) {
        this.total = total;
        this.byArticle = byArticle;
        this.byCategory = byCategory;
        this.byRegion = byRegion;
        this.byKind = byKind;
        this.byLanguage = byLanguage;
    }

    public long getTotal() { return total; }
    public Map<String, Long> getByArticle() { return byArticle; }
    public Map<String, Long> getByCategory() { return byCategory; }
    public Map<String, Long> getByRegion() { return byRegion; }
    public Map<String, Long> getByKind() { return byKind; }
    public Map<String, Long> getByLanguage() { return byLanguage; }
}
