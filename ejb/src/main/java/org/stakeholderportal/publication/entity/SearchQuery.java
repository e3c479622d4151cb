package org.stakeholderportal.publication.entity;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader searches for in one process: words (empty: everything published), the facet values chosen
 * (facet name to value) and the page of input wanted.
 */
public class SearchQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The facets a reader can narrow the input by. */
    public static final java.util.List<String> FACETS = java.util.List.of("article", "category", "region", "language", "kind");

    private final long processId;
    private final String words;
    private final Long draftId;
    private final Map<String, String> chosen;
    private final int page;
    private final int size;

    public SearchQuery(long processId, String words, Long draftId, Map<String, String> chosen, int page, int size) {
        this.processId = processId;
        this.words = words == null ? "" : words.strip();
        this.draftId = draftId;
        Map<String, String> kept = new LinkedHashMap<>();
        if (chosen != null) {
            chosen.forEach((facet, value) -> {
                if (FACETS.contains(facet) && value != null && !value.isBlank()) {
                    kept.put(facet, value);
                }
            });
        }
        this.chosen = Collections.unmodifiableMap(kept);
        this.page = Math.max(0, page);
        this.size = Math.max(1, Math.min(size, 100));
    }

    public long getProcessId() { return processId; }
    public String getWords() { return words; }
    public Long getDraftId() { return draftId; }
    public Map<String, String> getChosen() { return chosen; }
    public int getPage() { return page; }
    public int getSize() { return size; }
}
