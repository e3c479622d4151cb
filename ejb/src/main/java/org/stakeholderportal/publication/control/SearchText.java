package org.stakeholderportal.publication.control;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The words of a document as the index holds them: plain text, entities turned back into characters. */
public final class SearchText {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

    private SearchText() {
    }

    /** The non-blank parts, one per line. */
    public static String of(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).map(SearchText::unescape).map(String::strip)
                .filter(part -> !part.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** Character references as the sanitiser writes them, back to the characters they stand for. */
    static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            switch (name) {
                case "amp" -> replacement = "&";
                case "lt" -> replacement = "<";
                case "gt" -> replacement = ">";
                case "quot" -> replacement = "\"";
                case "apos" -> replacement = "'";
                case "nbsp" -> replacement = " ";
                default -> {
                    int code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                    replacement = Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : "\uFFFD";
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
