package org.stakeholderportal.publication.control;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The digest's own fixed texts in the document's language, and the small rules both renderers share for the data
 * they print: dates in the official zone, numbers in the document's language, characters that no PDF font or XML
 * document can carry, and which way a text runs.
 */
final class DigestTexts {

    private static final String BUNDLE = "org.stakeholderportal.publication.DigestMessages";

    /** A language without texts gets English, whatever the server's own locale is. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    /** The document's locale with Western digits, which UN documents use in every language. */
    private final Locale numbers;
    private final ResourceBundle bundle;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    DigestTexts(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.numbers = new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
        this.zone = zone;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, DigestTexts.class.getClassLoader(), NO_FALLBACK);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone);
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), numbers).format(arguments);
    }

    String dateTime(Instant instant) {
        return dateTime.format(instant) + " (" + zone.getId() + ")";
    }

    String date(Instant instant) {
        return date.format(instant);
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(numbers).format(value);
    }

    String percent(long part, long whole) {
        NumberFormat percent = NumberFormat.getPercentInstance(numbers);
        percent.setMaximumFractionDigits(1);
        return percent.format(whole == 0 ? 0.0 : (double) part / whole);
    }

    boolean rightToLeft() {
        return isRightToLeftLanguage(locale);
    }

    String languageTag() {
        return locale.toLanguageTag();
    }

    static boolean isRightToLeftLanguage(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar", "fa", "he", "ur" -> true;
            default -> false;
        };
    }

    /**
     * Whether a text runs right to left, judged by its first strongly directional character (as the Unicode
     * bidirectional algorithm's "first strong" rule does); a text without one follows {@code fallback}.
     */
    static boolean isRightToLeft(String text, boolean fallback) {
        if (text == null) {
            return fallback;
        }
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return true;
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return false;
                default:
                    i += Character.charCount(cp);
            }
        }
        return fallback;
    }

    /**
     * The text without what XML 1.0 forbids and no font draws: control characters (tabs and line ends become
     * spaces), unpaired surrogates and the non-characters U+FFFE and U+FFFF. Null becomes empty.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean keep;
            char replacement = 0;
            if (pairedSurrogate) {
                if (clean != null) {
                    clean.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            } else if (c == '\t' || c == '\n' || c == '\r') {
                keep = false;
                replacement = ' ';
            } else {
                keep = !(c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) || c == 0xFFFE
                        || c == 0xFFFF);
            }
            if (!keep && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                if (keep) {
                    clean.append(c);
                } else if (replacement != 0) {
                    clean.append(replacement);
                }
            }
        }
        return clean == null ? text : clean.toString();
    }
}
