package org.stakeholderportal.publication.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.stakeholderportal.contribution.control.CommentSanitizer;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.Provision;
import org.stakeholderportal.draft.entity.ProvisionTranslation;
import org.stakeholderportal.organisation.entity.Organisation;

/**
 * What the search index holds, declared here rather than on the entities so that the contribution and draft
 * features know nothing of search: published contributions (never any other state: they are routed out of the
 * index, so no query can find them) and the text of the drafts' provisions.
 * <p>
 * Every text goes into {@code text} (any language) and into the field of its own language ({@code text_ar} …),
 * analysed by that language's analyser; a query is run against all of them. Contributions in "other" languages are
 * in {@code text} only. Draft text, whose language the import may not know, goes into every language field.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String CONTRIBUTIONS = "contribution";
    public static final String PROVISIONS = "provision";
    public static final String TRANSLATIONS = "provision_translation";

    /** Where a contribution without an article is filed in the {@code article} facet. */
    public static final String WHOLE_DRAFT = "-";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        mapping.type(Contribution.class).indexed().index(CONTRIBUTIONS).routingBinder(new PublishedOnly());
        mapping.type(Contribution.class).binder(new ContributionDocument());
        mapping.type(Provision.class).indexed().index(PROVISIONS).routingBinder(new TextOnly());
        mapping.type(Provision.class).binder(new ProvisionDocument());
        mapping.type(ProvisionTranslation.class).indexed().index(TRANSLATIONS);
        mapping.type(ProvisionTranslation.class).binder(new TranslationDocument());
    }

    /** The text fields every document has: {@code text} and one per language, {@code text} stored for the snippet. */
    static final class TextFields {
        final IndexFieldReference<String> any;
        final Map<String, IndexFieldReference<String>> byLanguage = new LinkedHashMap<>();

        TextFields(IndexSchemaElement schema) {
            any = schema.field("text", f -> f.asString().analyzer(SearchAnalysis.ANY_LANGUAGE).projectable(Projectable.YES)).toReference();
            for (String language : SearchAnalysis.LANGUAGES) {
                byLanguage.put(language, schema.field(SearchAnalysis.field(language), f -> f.asString()
                        .analyzer(SearchAnalysis.BY_LANGUAGE.get(language)).projectable(Projectable.NO)).toReference());
            }
        }

        void write(DocumentElement document, String text, String language) {
            document.addValue(any, text);
            if (language == null) {
                byLanguage.values().forEach(field -> document.addValue(field, text));
            } else if (byLanguage.containsKey(language)) {
                document.addValue(byLanguage.get(language), text);
            }
        }
    }

    static IndexFieldReference<String> keyword(IndexSchemaElement schema, String name) {
        return schema.field(name, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference();
    }

    static IndexFieldReference<String> stored(IndexSchemaElement schema, String name) {
        return schema.field(name, f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES)).toReference();
    }

    static IndexFieldReference<Long> number(IndexSchemaElement schema, String name) {
        return schema.field(name, f -> f.asLong().projectable(Projectable.YES)).toReference();
    }

    /** Only published contributions are in the index; publication is final, so nothing else ever was. */
    static final class PublishedOnly implements RoutingBinder {
        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("status");
            context.bridge(Contribution.class, new RoutingBridge<Contribution>() {
                @Override
                public void route(DocumentRoutes routes, Object id, Contribution contribution, RoutingBridgeRouteContext ctx) {
                    if (contribution.getStatus() == ContributionStatus.PUBLISHED) {
                        routes.addRoute();
                    } else {
                        routes.notIndexed();
                    }
                }

                @Override
                public void previousRoutes(DocumentRoutes routes, Object id, Contribution contribution, RoutingBridgeRouteContext ctx) {
                    route(routes, id, contribution, ctx);
                }
            });
        }
    }

    /** Provisions that carry words (articles, paragraphs, recitals); chapters and parts only group them. */
    static final class TextOnly implements RoutingBinder {
        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("kind");
            context.bridge(Provision.class, new RoutingBridge<Provision>() {
                @Override
                public void route(DocumentRoutes routes, Object id, Provision provision, RoutingBridgeRouteContext ctx) {
                    if (provision.isContainer()) {
                        routes.notIndexed();
                    } else {
                        routes.addRoute();
                    }
                }

                @Override
                public void previousRoutes(DocumentRoutes routes, Object id, Provision provision, RoutingBridgeRouteContext ctx) {
                    route(routes, id, provision, ctx);
                }
            });
        }
    }

    /**
     * A published contribution: its words, and what the facets and the result list need (article, stakeholder
     * category, regional group, language, type, organisation), read from the organisation and article it points to.
     */
    static final class ContributionDocument implements TypeBinder {
        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies().use("title").use("commentHtml").use("proposedWording").use("rationale").use("language")
                    .use("kind").use("articleId").use("organisationId").use("decidedAt").use("submissionNumber");
            IndexSchemaElement schema = context.indexSchemaElement();
            Map<String, IndexFieldReference<String>> keywords = new LinkedHashMap<>();
            for (String name : List.of("article", "category", "region", "language", "kind")) {
                keywords.put(name, keyword(schema, name));
            }
            IndexFieldReference<Long> process = number(schema, "processId");
            IndexFieldReference<Long> draft = number(schema, "draftId");
            IndexFieldReference<Long> organisationId = number(schema, "organisationId");
            IndexFieldReference<String> number = stored(schema, "number");
            IndexFieldReference<String> title = stored(schema, "title");
            IndexFieldReference<String> organisation = stored(schema, "organisation");
            IndexFieldReference<java.time.Instant> published = schema.field("publishedAt",
                    f -> f.asInstant().projectable(Projectable.YES).sortable(Sortable.YES)).toReference();
            TextFields text = new TextFields(schema);
            context.bridge(Contribution.class, (DocumentElement document, Contribution c, TypeBridgeWriteContext ctx) -> {
                Session session = ctx.extension(HibernateOrmExtension.get()).session();
                Organisation o = session.get(Organisation.class, c.getOrganisationId());
                Provision article = c.getArticleId() == null ? null : session.get(Provision.class, c.getArticleId());
                document.addValue(keywords.get("article"), article == null ? WHOLE_DRAFT : article.getAnchor());
                document.addValue(keywords.get("category"), o.getCategory());
                document.addValue(keywords.get("region"), o.getRegion().name());
                document.addValue(keywords.get("language"), c.getLanguage());
                document.addValue(keywords.get("kind"), c.getKind().name());
                document.addValue(process, c.getProcessId());
                document.addValue(draft, c.getDraftId());
                document.addValue(organisationId, o.getId());
                document.addValue(number, c.getSubmissionNumber());
                document.addValue(title, c.getTitle());
                document.addValue(organisation, o.getName());
                document.addValue(published, c.getDecidedAt());
                text.write(document, SearchText.of(c.getTitle(), CommentSanitizer.text(c.getCommentHtml()), c.getProposedWording(),
                        c.getRationale()), c.getLanguage());
            });
        }
    }

    /**
     * The fields of draft text, the same for a provision in its draft's language and in another: where it is (process,
     * draft, article, anchor), its words, and the language of a language version (none for the draft's own text).
     */
    static final class DraftTextFields {
        final IndexFieldReference<Long> process;
        final IndexFieldReference<Long> draft;
        final IndexFieldReference<String> draftLabel;
        final IndexFieldReference<String> article;
        final IndexFieldReference<String> articleLabel;
        final IndexFieldReference<String> anchor;
        final IndexFieldReference<String> textLanguage;
        final TextFields text;

        DraftTextFields(IndexSchemaElement schema) {
            process = number(schema, "processId");
            draft = number(schema, "draftId");
            draftLabel = stored(schema, "draftLabel");
            article = keyword(schema, "article");
            articleLabel = stored(schema, "articleLabel");
            anchor = stored(schema, "anchor");
            textLanguage = keyword(schema, "textLanguage");
            text = new TextFields(schema);
        }

        /** Writes the provision's place and the words given (num, heading of an article, body) in {@code language}, or all. */
        void write(DocumentElement document, Session session, Provision p, String language, String num, String heading, String body) {
            Draft d = session.get(Draft.class, p.getDraftId());
            Provision a = p.getArticle() == null ? p : p.getArticle();
            document.addValue(process, d.getProcess().getId());
            document.addValue(draft, d.getId());
            document.addValue(draftLabel, d.getVersionLabel());
            document.addValue(article, a.getAnchor());
            document.addValue(articleLabel, SearchText.of(a.getNum(), a.getHeading()).replace('\n', ' '));
            document.addValue(anchor, p.getAnchor());
            if (language != null) {
                document.addValue(textLanguage, language);
            }
            text.write(document, SearchText.of(num, p == a ? heading : null, body), language);
        }
    }

    /** A provision's words in its draft's language (which the import may not know: every language field gets them). */
    static final class ProvisionDocument implements TypeBinder {
        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies().use("num").use("heading").use("body").use("anchor");
            DraftTextFields fields = new DraftTextFields(context.indexSchemaElement());
            context.bridge(Provision.class, (DocumentElement document, Provision p, TypeBridgeWriteContext ctx) -> fields.write(document,
                    ctx.extension(HibernateOrmExtension.get()).session(), p, null, p.getNum(), p.getHeading(), p.getBody()));
        }
    }

    /**
     * A provision in another language of its draft: the same fields as the provision itself (so both are searched
     * together), its words in its own language's field, and the language, for the link to that text.
     */
    static final class TranslationDocument implements TypeBinder {
        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies().use("num").use("heading").use("body").use("language").use("provisionId");
            DraftTextFields fields = new DraftTextFields(context.indexSchemaElement());
            context.bridge(ProvisionTranslation.class, (DocumentElement document, ProvisionTranslation t, TypeBridgeWriteContext ctx) -> {
                Session session = ctx.extension(HibernateOrmExtension.get()).session();
                fields.write(document, session, session.get(Provision.class, t.getProvisionId()), t.getLanguage(), t.getNum(),
                        t.getHeading(), t.getBody());
            });
        }
    }
}
