package org.stakeholderportal.publication.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.stakeholderportal.platform.control.HtmlText;

/**
 * The snippet of a search hit: a window of the text around the first matched word, HTML-escaped, with every
 * matched word in {@code <mark>}. A word matches when the language's analyser reduces it to the same term as a
 * word of the query (so "safeguarding" marks "safeguards"). WildFly's Lucene module has no highlighter, and this
 * needs only the analysers the index already uses.
 */
public final class SnippetMarker {

    static final int WINDOW = 240;

    private static final Analyzer STANDARD = new StandardAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET);
    private static final java.util.Map<String, Analyzer> BY_LANGUAGE = java.util.Map.of("ar", new ArabicAnalyzer(), "zh",
            new CJKAnalyzer(), "en", new EnglishAnalyzer(), "fr", new FrenchAnalyzer(), "ru", new RussianAnalyzer(), "es",
            new SpanishAnalyzer());

    private SnippetMarker() {
    }

    /**
     * @param language the text's language, or null when it may be any (every analyser is tried)
     * @param words what the reader searched, in the query syntax (quotes, minus, star are ignored here)
     */
    public static String mark(String text, String language, String words) {
        if (text == null) {
            return "";
        }
        List<Analyzer> analyzers = new ArrayList<>();
        analyzers.add(STANDARD);
        if (language == null) {
            analyzers.addAll(BY_LANGUAGE.values());
        } else if (BY_LANGUAGE.containsKey(language)) {
            analyzers.add(BY_LANGUAGE.get(language));
        }
        String plainWords = words == null ? "" : words.replaceAll("(^|\\s)-\\S+", " ").replaceAll("[\"*+|()~]", " ");
        TreeMap<Integer, Integer> marks = new TreeMap<>();
        for (Analyzer analyzer : analyzers) {
            Set<String> wanted = new HashSet<>();
            analyse(analyzer, plainWords, (term, start, end) -> wanted.add(term));
            if (!wanted.isEmpty()) {
                analyse(analyzer, text, (term, start, end) -> {
                    if (wanted.contains(term)) {
                        marks.merge(start, end, Math::max);
                    }
                });
            }
        }
        int from = 0;
        if (!marks.isEmpty() && marks.firstKey() > WINDOW / 3) {
            from = text.lastIndexOf(' ', marks.firstKey() - WINDOW / 4);
            from = from < 0 ? marks.firstKey() - WINDOW / 4 : from + 1;
        }
        int to = Math.min(text.length(), from + WINDOW);
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (var mark : marks.entrySet()) {
            int start = mark.getKey();
            int end = Math.min(mark.getValue(), to);
            if (start < at || start >= to) {
                continue;
            }
            out.append(HtmlText.escape(text.substring(at, start))).append("<mark>").append(HtmlText.escape(text.substring(start, end))).append("</mark>");
            at = end;
        }
        out.append(HtmlText.escape(text.substring(at, to)));
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private interface TermSink {
        void accept(String term, int start, int end);
    }

    private static void analyse(Analyzer analyzer, String text, TermSink sink) {
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
