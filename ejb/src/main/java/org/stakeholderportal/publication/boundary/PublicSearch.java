package org.stakeholderportal.publication.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.draft.entity.Provision;
import org.stakeholderportal.draft.entity.ProvisionTranslation;
import org.stakeholderportal.publication.control.SearchAnalysis;
import org.stakeholderportal.publication.control.SnippetMarker;
import org.stakeholderportal.publication.entity.SearchQuery;
import org.stakeholderportal.publication.entity.SearchResults;

/**
 * Full-text search over published input and draft text, for everyone. Only published contributions are in the
 * index at all ({@link org.stakeholderportal.publication.control.SearchMapping}); the query adds nothing a reader
 * could use to reach anything else.
 */
@Stateless
@PermitAll
public class PublicSearch {

    static final int MAX_WORDS_LENGTH = 500;
    static final int TEXT_HITS = 10;
    static final int FACET_VALUES = 100;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public SearchResults search(SearchQuery query) {
        SearchSession session = Search.session(em);
        String words = query.getWords().length() > MAX_WORDS_LENGTH ? query.getWords().substring(0, MAX_WORDS_LENGTH) : query.getWords();

        Map<String, AggregationKey<Map<String, Long>>> facetKeys = new LinkedHashMap<>();
        SearchQuery.FACETS.forEach(facet -> facetKeys.put(facet, AggregationKey.of(facet)));
        var inputQuery = session.search(Contribution.class)
                .select(inputProjection(session.scope(Contribution.class).projection()))
                .where(inputPredicate(session.scope(Contribution.class).predicate(), query, words));
        for (var facet : facetKeys.entrySet()) {
            inputQuery = inputQuery.aggregation(facet.getValue(), f -> f.terms().field(facet.getKey(), String.class)
                    .maxTermCount(FACET_VALUES));
        }
        var sorted = words.isEmpty() ? inputQuery.sort(f -> f.field("publishedAt").desc()) : inputQuery.sort(f -> f.score());
        SearchResult<List<?>> found = sorted.fetch(query.getPage() * query.getSize(), query.getSize());
        List<SearchResults.InputHit> input = new ArrayList<>();
        for (List<?> row : found.hits()) {
            input.add(new SearchResults.InputHit((Long) row.get(0), (Long) row.get(1), (String) row.get(2), (String) row.get(3),
                    (String) row.get(4), (Long) row.get(5), (String) row.get(6), (String) row.get(7), (String) row.get(8),
                    (String) row.get(9), (String) row.get(10), (Instant) row.get(11), SnippetMarker.mark((String) row.get(12), (String) row.get(9), words)));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facetKeys.forEach((facet, key) -> facets.put(facet, found.aggregation(key)));

        List<SearchResults.TextHit> text = new ArrayList<>();
        if (!words.isEmpty() && query.getPage() == 0) {
            List<Class<?>> texts = List.of(Provision.class, ProvisionTranslation.class);
            List<List<?>> provisions = session.search(texts)
                    .select(textProjection(session.scope(texts).projection()))
                    .where(f -> f.bool().must(f.match().field("processId").matching(query.getProcessId()))
                            .must(words(f, words))
                            .with(b -> {
                                if (query.getDraftId() != null) {
                                    b.filter(f.match().field("draftId").matching(query.getDraftId()));
                                }
                            }))
                    .fetchHits(TEXT_HITS);
            for (List<?> row : provisions) {
                text.add(new SearchResults.TextHit((Long) row.get(0), (String) row.get(1), (String) row.get(2), (String) row.get(3),
                        (String) row.get(4), (String) row.get(6), SnippetMarker.mark((String) row.get(5), (String) row.get(6), words)));
            }
        }
        return new SearchResults(found.total().hitCount(), input, text, facets);
    }

    /** Every field that holds words: the one for any language, then one per language (each with its own analyser). */
    private static final String[] TEXT_FIELDS = java.util.stream.Stream.concat(java.util.stream.Stream.of("text"),
            SearchAnalysis.LANGUAGES.stream().map(SearchAnalysis::field)).toArray(String[]::new);

    private static SearchPredicate words(SearchPredicateFactory f, String words) {
        return f.simpleQueryString().fields(TEXT_FIELDS).matching(words)
                .defaultOperator(BooleanOperator.AND).toPredicate();
    }

    private static SearchPredicate inputPredicate(SearchPredicateFactory f, SearchQuery query, String words) {
        return f.bool().must(f.match().field("processId").matching(query.getProcessId()))
                .must(words.isEmpty() ? f.matchAll().toPredicate() : words(f, words))
                .with(b -> {
                    if (query.getDraftId() != null) {
                        b.filter(f.match().field("draftId").matching(query.getDraftId()));
                    }
                    query.getChosen().forEach((facet, value) -> b.filter(f.match().field(facet).matching(value)));
                }).toPredicate();
    }

    /** id, draft, number, title, organisation, organisation id, article, category, region, language, kind, date, then the text. */
    private static SearchProjection<List<?>> inputProjection(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.id(Long.class).toProjection(),
                f.field("draftId", Long.class).toProjection(), f.field("number", String.class).toProjection(),
                f.field("title", String.class).toProjection(), f.field("organisation", String.class).toProjection(),
                f.field("organisationId", Long.class).toProjection(), f.field("article", String.class).toProjection(),
                f.field("category", String.class).toProjection(), f.field("region", String.class).toProjection(),
                f.field("language", String.class).toProjection(), f.field("kind", String.class).toProjection(),
                f.field("publishedAt", Instant.class).toProjection(), f.field("text", String.class).toProjection()).asList().toProjection();
    }

    /** draft, draft label, article, article label, anchor, the text and its language (null: the draft's own). */
    private static SearchProjection<List<?>> textProjection(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.field("draftId", Long.class).toProjection(),
                f.field("draftLabel", String.class).toProjection(), f.field("article", String.class).toProjection(),
                f.field("articleLabel", String.class).toProjection(), f.field("anchor", String.class).toProjection(),
                f.field("text", String.class).toProjection(), f.field("textLanguage", String.class).toProjection()).asList().toProjection();
    }
}
