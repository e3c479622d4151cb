package org.stakeholderportal.draft.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads provision numbers as drafters write them ("Article 5", "Art. 5.", "(1)", "a)", "1°", "(aa)", "12-bis",
 * "4 bis", "Chapter IV", "Άρθρο 1") into a sort key and an ASCII anchor fragment. The number itself is always kept
 * as written; these derived forms only order and address it.
 */
public final class ProvisionNumber {

    /** A leading label word ("Article", "Art.", "Sec.", "Άρθρο") before the number proper. */
    private static final Pattern LEADING_LABEL = Pattern.compile("^(\\p{L}{2,})(?:\\.\\s*|\\s+)(?=\\S)");
    private static final Pattern ROMAN =
            Pattern.compile("^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$");
    private static final Pattern ASCII_LETTERS = Pattern.compile("^[a-z]{1,3}$");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** Latin multiplicative adverbs that insert a provision after another ("5 bis" comes between 5 and 6). */
    private static final Map<String, Integer> LATIN_INSERTIONS = Map.ofEntries(
            Map.entry("bis", 2), Map.entry("ter", 3), Map.entry("quater", 4), Map.entry("quinquies", 5),
            Map.entry("sexies", 6), Map.entry("septies", 7), Map.entry("octies", 8), Map.entry("novies", 9),
            Map.entry("nonies", 9), Map.entry("decies", 10), Map.entry("undecies", 11),
            Map.entry("duodecies", 12), Map.entry("terdecies", 13), Map.entry("quaterdecies", 14),
            Map.entry("quinquiesdecies", 15));

    /** Ordinal endings written after a number ("1er", "1º", "2nd") that do not change which provision it is. */
    private static final Set<String> ORDINAL_ENDINGS = Set.of("er", "re", "o", "st", "nd", "rd", "th");

    private ProvisionNumber() {
    }

    /**
     * A key that orders numbers as a reader expects: "5" &lt; "5 bis" &lt; "6" &lt; "40 bis"; "(z)" &lt; "(aa)".
     * Roman numerals are read as numbers for parts, chapters, sections and articles ("Chapter IV"), as letters
     * below that, where "(i)" is usually the ninth point. An empty key means nothing orderable was written.
     */
    public static String sortKey(String num, NodeKind kind) {
        String text = withoutLabel(folded(num));
        boolean romanAllowed = kind == null || kind.isContainer() || kind == NodeKind.ARTICLE;
        List<String> parts = new ArrayList<>();
        boolean afterNumber = false;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isDigit(cp)) {
                long value = 0;
                while (i < text.length() && Character.isDigit(text.codePointAt(i))) {
                    value = Math.min(9_999_999L, value * 10 + Character.digit(text.codePointAt(i), 10));
                    i += Character.charCount(text.codePointAt(i));
                }
                parts.add(String.format(Locale.ROOT, "n%07d", value));
                afterNumber = true;
            } else if (Character.isLetter(cp)) {
                int start = i;
                while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String word = text.substring(start, i);
                String part = wordPart(word, afterNumber, romanAllowed && parts.isEmpty());
                if (part != null) {
                    parts.add(part);
                }
                afterNumber = false;
            } else {
                i += Character.charCount(cp);
                afterNumber = false;
            }
        }
        return String.join(".", parts);
    }

    /**
     * The number as an ASCII fragment for anchors: label dropped, accents folded, digits of any script turned into
     * ASCII digits, everything else a hyphen ("Article 40 bis" gives "40-bis", "(a)" gives "a"). Empty when nothing
     * ASCII is left ("α)", "第五条"), in which case the caller anchors by position.
     */
    public static String anchorSlug(String num) {
        return asciiSlug(withoutLabel(folded(num)));
    }

    /** Digits of any script as ASCII digits, ASCII letters kept, every other run a single hyphen. */
    static String asciiSlug(String folded) {
        StringBuilder slug = new StringBuilder();
        boolean pendingHyphen = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            char ascii = 0;
            if (Character.isDigit(cp)) {
                ascii = (char) ('0' + Character.digit(cp, 10));
            } else if (cp >= 'a' && cp <= 'z') {
                ascii = (char) cp;
            }
            if (ascii == 0) {
                pendingHyphen = slug.length() > 0;
            } else {
                if (pendingHyphen) {
                    slug.append('-');
                    pendingHyphen = false;
                }
                slug.append(ascii);
            }
        }
        return slug.toString();
    }

    private static String wordPart(String word, boolean afterNumber, boolean romanAllowed) {
        Integer insertion = LATIN_INSERTIONS.get(word);
        if (insertion != null) {
            return String.format(Locale.ROOT, "s%02d", insertion);
        }
        if (afterNumber && ORDINAL_ENDINGS.contains(word)) {
            return null;
        }
        if (romanAllowed && ROMAN.matcher(word).matches()) {
            return String.format(Locale.ROOT, "n%07d", romanValue(word));
        }
        if (ASCII_LETTERS.matcher(word).matches()) {
            long value = 0;
            for (char c : word.toCharArray()) {
                value = value * 26 + (c - 'a' + 1);
            }
            return String.format(Locale.ROOT, "l%07d", value);
        }
        if (word.codePointCount(0, word.length()) == 1) {
            return String.format(Locale.ROOT, "l%07d", word.codePointAt(0));
        }
        return "t" + word;
    }

    private static int romanValue(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int value = switch (roman.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                case 'c' -> 100;
                case 'd' -> 500;
                default -> 1000;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }

    /** Lower case, compatibility forms unfolded ("º" becomes "o") and accents removed ("Ά" becomes "α"). */
    static String folded(String num) {
        if (num == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(num.strip(), Normalizer.Form.NFKD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String withoutLabel(String folded) {
        Matcher label = LEADING_LABEL.matcher(folded);
        if (label.find()) {
            String word = label.group(1);
            if (!LATIN_INSERTIONS.containsKey(word) && !ROMAN.matcher(word).matches()) {
                return folded.substring(label.end());
            }
        }
        return folded;
    }
}
