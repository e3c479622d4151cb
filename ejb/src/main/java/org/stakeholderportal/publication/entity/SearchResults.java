package org.stakeholderportal.publication.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of a search: published input that matched (with highlighted snippets), the draft text that matched,
 * and the facets of the input with their counts. Snippets are HTML-escaped text with {@code <mark>} around the
 * matched words, nothing else.
 */
public class SearchResults implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A published contribution that matched. */
    public static class InputHit implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final long draftId;
        private final String number;
        private final String title;
        private final String organisation;
        private final long organisationId;
        private final String article;
        private final String category;
        private final String region;
        private final String language;
        private final String kind;
        private final Instant publishedAt;
        private final String snippet;

        public InputHit(long id, long draftId, String number, String title, String organisation, long organisationId, String article,
                String category, String region, String language, String kind, Instant publishedAt, String snippet) {
            this.id = id;
            this.draftId = draftId;
            this.number = number;
            this.title = title;
            this.organisation = organisation;
            this.organisationId = organisationId;
            this.article = article;
            this.category = category;
            this.region = region;
            this.language = language;
            this.kind = kind;
            this.publishedAt = publishedAt;
            this.snippet = snippet;
        }

        public long getId() { return id; }
        public long getDraftId() { return draftId; }
        public String getNumber() { return number; }
        public String getTitle() { return title; }
        public String getOrganisation() { return organisation; }
        public long getOrganisationId() { return organisationId; }
        /** The article's anchor, or "-" for input on the whole draft. */
        public String getArticle() { return article; }
        public String getCategory() { return category; }
        public String getRegion() { return region; }
        public String getLanguage() { return language; }
        public String getKind() { return kind; }
        public Instant getPublishedAt() { return publishedAt; }
        public String getSnippet() { return snippet; }
    }

    /** A provision of a draft whose words matched. */
    public static class TextHit implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long draftId;
        private final String draftLabel;
        private final String article;
        private final String articleLabel;
        private final String anchor;
        private final String language;
        private final String snippet;

        public TextHit(long draftId, String draftLabel, String article, String articleLabel, String anchor, String language, String snippet) {
            this.draftId = draftId;
            this.draftLabel = draftLabel;
            this.article = article;
            this.articleLabel = articleLabel;
            this.anchor = anchor;
            this.language = language;
            this.snippet = snippet;
        }

        public long getDraftId() { return draftId; }
        public String getDraftLabel() { return draftLabel; }
        public String getArticle() { return article; }
        public String getArticleLabel() { return articleLabel; }
        public String getAnchor() { return anchor; }
        /** The language version the words were found in; null for the draft's own text. */
        public String getLanguage() { return language; }
        public String getSnippet() { return snippet; }
    }

    private final long inputTotal;
    private final List<InputHit> input;
    private final List<TextHit> text;
    private final Map<String, Map<String, Long>> facets;

    public SearchResults(long inputTotal, List<InputHit> input, List<TextHit> text, Map<String, Map<String, Long>> facets) {
        this.inputTotal = inputTotal;
        this.input = List.copyOf(input);
        this.text = List.copyOf(text);
        this.facets = facets;
    }

    public long getInputTotal() { return inputTotal; }
    public List<InputHit> getInput() { return input; }
    public List<TextHit> getText() { return text; }
    /** Facet name (article, category, region, language, kind) to value to count, largest first. */
    public Map<String, Map<String, Long>> getFacets() { return facets; }
}
