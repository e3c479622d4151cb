package org.stakeholderportal.publication.control;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Language-aware analysis for the search index: one analyser per UN language (stemming, stop words; bigrams for
 * Chinese, which has no spaces between words), and Lucene's "standard" analyser for a field every language shares.
 * The names are those of Elasticsearch's and OpenSearch's built-in language analysers, so the same mapping works on
 * either backend without an analysis configurer there.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    /** The analyser of every field that holds text of any language. */
    public static final String ANY_LANGUAGE = "standard";

    /** The analyser for each language a contribution or a draft can be written in, by language code. */
    public static final Map<String, String> BY_LANGUAGE = Map.of("ar", "arabic", "zh", "cjk", "en", "english", "fr", "french",
            "ru", "russian", "es", "spanish");

    /** The language codes in the order the index fields are searched. */
    public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    /** The field holding text written in {@code language}: e.g. {@code text_ar}. */
    public static String field(String language) {
        return "text_" + language;
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("arabic").instance(new ArabicAnalyzer());
        context.analyzer("cjk").instance(new CJKAnalyzer());
        context.analyzer("english").instance(new EnglishAnalyzer());
        context.analyzer("french").instance(new FrenchAnalyzer());
        context.analyzer("russian").instance(new RussianAnalyzer());
        context.analyzer("spanish").instance(new SpanishAnalyzer());
    }
}
