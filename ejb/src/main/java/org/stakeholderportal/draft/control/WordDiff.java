package org.stakeholderportal.draft.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stakeholderportal.platform.control.HtmlText;

/**
 * Redlines two texts word by word, for a stakeholder's proposed wording against the draft and for one revision of a
 * provision against the next. Words, whitespace runs and each punctuation mark are separate tokens; Chinese and
 * Japanese characters are one token each, since those scripts do not separate words by spaces; Arabic, Cyrillic and
 * Greek words are words like Latin ones.
 */
public class WordDiff {

    /**
     * The segments that turn {@code previous} into {@code next}: the EQUAL and DELETED ones spell {@code previous},
     * the EQUAL and INSERTED ones spell {@code next}. Neighbours of one type are merged, and a change split only by
     * whitespace reads as one deletion followed by one insertion. Null is read as empty.
     */
    public List<DiffSegment> compare(String previous, String next) {
        List<String> before = tokens(previous == null ? "" : previous);
        List<String> after = tokens(next == null ? "" : next);
        List<DiffSegment> raw = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after, true).getDeltas()) {
            String deleted = String.join("", delta.getSource().getLines());
            String inserted = String.join("", delta.getTarget().getLines());
            if (delta.getType() == DeltaType.EQUAL) {
                raw.add(new DiffSegment(DiffSegment.Type.EQUAL, deleted));
                continue;
            }
            if (!deleted.isEmpty()) {
                raw.add(new DiffSegment(DiffSegment.Type.DELETED, deleted));
            }
            if (!inserted.isEmpty()) {
                raw.add(new DiffSegment(DiffSegment.Type.INSERTED, inserted));
            }
        }
        return joined(raw);
    }

    /**
     * The segments as HTML: deletions in {@code <del>}, insertions in {@code <ins>}, and every character of the
     * texts escaped, so that a proposed wording containing markup is shown, never run.
     */
    public String toHtml(List<DiffSegment> segments) {
        StringBuilder html = new StringBuilder();
        for (DiffSegment segment : segments) {
            switch (segment.getType()) {
                case INSERTED -> html.append("<ins>").append(HtmlText.escape(segment.getText())).append("</ins>");
                case DELETED -> html.append("<del>").append(HtmlText.escape(segment.getText())).append("</del>");
                default -> html.append(HtmlText.escape(segment.getText()));
            }
        }
        return html.toString();
    }

    /** Splits a text into tokens that join back into the same text. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int start = i;
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                while (i < text.length() && (Character.isWhitespace(text.codePointAt(i))
                        || Character.isSpaceChar(text.codePointAt(i)))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else if (isWordCharacter(cp) && !isIdeographic(cp)) {
                while (i < text.length() && isWordCharacter(text.codePointAt(i))
                        && !isIdeographic(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    /** The words of a text in lower case, without whitespace and punctuation: what similarity is measured on. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : tokens(text == null ? "" : text)) {
            if (isWordCharacter(token.codePointAt(0))) {
                words.add(token.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static boolean isWordCharacter(int cp) {
        int type = Character.getType(cp);
        // Marks belong to the word they sit on (Arabic vowel signs, Devanagari matras).
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static List<DiffSegment> joined(List<DiffSegment> raw) {
        List<DiffSegment> segments = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int i = 0; i < raw.size(); i++) {
            DiffSegment segment = raw.get(i);
            switch (segment.getType()) {
                case DELETED -> deleted.append(segment.getText());
                case INSERTED -> inserted.append(segment.getText());
                default -> {
                    boolean changePending = deleted.length() > 0 || inserted.length() > 0;
                    boolean changeFollows = i + 1 < raw.size()
                            && raw.get(i + 1).getType() != DiffSegment.Type.EQUAL;
                    if (changePending && changeFollows && segment.getText().isBlank()) {
                        // A lone space between two changes belongs to both sides of one change.
                        deleted.append(segment.getText());
                        inserted.append(segment.getText());
                    } else {
                        flush(segments, deleted, inserted);
                        append(segments, segment);
                    }
                }
            }
        }
        flush(segments, deleted, inserted);
        return segments;
    }

    private static void flush(List<DiffSegment> segments, StringBuilder deleted, StringBuilder inserted) {
        if (deleted.length() > 0) {
            append(segments, new DiffSegment(DiffSegment.Type.DELETED, deleted.toString()));
            deleted.setLength(0);
        }
        if (inserted.length() > 0) {
            append(segments, new DiffSegment(DiffSegment.Type.INSERTED, inserted.toString()));
            inserted.setLength(0);
        }
    }

    private static void append(List<DiffSegment> segments, DiffSegment segment) {
        if (segment.getText().isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).getType() == segment.getType()) {
            segments.set(last, new DiffSegment(segment.getType(), segments.get(last).getText() + segment.getText()));
        } else {
            segments.add(segment);
        }
    }
}
