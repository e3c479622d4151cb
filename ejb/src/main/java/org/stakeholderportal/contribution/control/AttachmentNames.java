package org.stakeholderportal.contribution.control;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns the file name a client submitted into a safe name to show and to offer as a download name.
 * The result is meant for display and for {@code Content-Disposition}, not as a storage path: store
 * attachments under generated identifiers.
 *
 * <p>Rule, applied in this order:
 * <ol>
 *   <li>{@code null} gives {@code attachment.<ext>}.</li>
 *   <li>Unicode NFC normalisation.</li>
 *   <li>Only the last path segment is kept, splitting on both {@code /} and {@code \}.</li>
 *   <li>Every kind of whitespace (tab, new line, no-break space, line separator, ...) becomes a space and
 *       runs of spaces collapse into one.</li>
 *   <li>Invisible characters are removed: ISO control characters, all Unicode format characters
 *       (category Cf: the bidi embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069, the
 *       marks U+200E, U+200F and U+061C, the zero-width characters U+200B–U+200D, U+2060 and U+FEFF,
 *       soft hyphens, tag characters) and unpaired surrogates.</li>
 *   <li>Each of {@code < > : " / \ | ? * %} becomes {@code _}.</li>
 *   <li>Trailing dots and spaces are stripped.</li>
 *   <li>The submitted extension is dropped: only the last one, and only if it looks like an extension,
 *       that is a dot followed by 1 to 10 ASCII letters and digits with at least one letter
 *       ({@code .exe}, {@code .pdf}, {@code .mp4}, but not the {@code .2} of {@code Article 3.2} nor the
 *       {@code . Smith} of {@code Dr. Smith}). If the name then still ends with the detected extension
 *       it is dropped as well, so the detected extension is never doubled: {@code report.pdf.exe}
 *       detected as PDF becomes {@code report.pdf}, {@code report.docx.exe} detected as PDF becomes
 *       {@code report.docx.pdf}. A name that is only an extension ({@code .pdf}, {@code .bashrc}) has no
 *       base left. Then leading and trailing dots and spaces are stripped, so {@code ...} and
 *       {@code .htaccess} leave nothing either.</li>
 *   <li>The remaining base is cut to at most {@value #MAX_BASE_CODE_POINTS} code points (never inside a
 *       surrogate pair), and trailing dots and spaces left by the cut are stripped.</li>
 *   <li>An empty base becomes {@code attachment}.</li>
 *   <li>A base that Windows reserves as a device name (CON, PRN, AUX, NUL, CONIN$, CONOUT$, COM0–COM9,
 *       LPT0–LPT9 and the superscript ¹²³ variants, in any case, also when followed by a dot or spaces,
 *       as in {@code con.tar}) gets a {@code _} prefix, and loses its last code point if that makes it longer
 *       than {@value #MAX_BASE_CODE_POINTS}.</li>
 *   <li>A dot and the extension of the type detected from the content are appended.</li>
 * </ol>
 * Letters of every script (Arabic, Chinese, Cyrillic, ...) and emoji are kept.
 */
public final class AttachmentNames {

    /** Most code points kept of the name before its extension. */
    public static final int MAX_BASE_CODE_POINTS = 100;

    /** Base used when nothing of the submitted name survives. */
    public static final String FALLBACK_BASE = "attachment";

    private static final String REPLACED = "<>:\"/\\|?*%";

    private static final int MAX_EXTENSION_LENGTH = 10;

    private static final Pattern RESERVED = Pattern.compile(
            "(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|COM[0-9¹²³]|LPT[0-9¹²³])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AttachmentNames() {
    }

    /**
     * Returns a safe display and download name for an attachment.
     *
     * @param submittedName the name the client sent, may be {@code null}
     * @param type          the type detected from the content by {@link AttachmentInspector}
     * @return a name of at most {@value #MAX_BASE_CODE_POINTS} code points plus the detected extension
     */
    public static String sanitize(String submittedName, AttachmentType type) {
        Objects.requireNonNull(type, "type");
        String base = submittedName == null ? "" : baseOf(submittedName, type);
        if (base.isEmpty()) {
            base = FALLBACK_BASE;
        }
        if (isReservedOnWindows(base)) {
            base = stripTrailing(truncate("_" + base, MAX_BASE_CODE_POINTS));
        }
        return base + "." + type.extension();
    }

    private static String baseOf(String submittedName, AttachmentType type) {
        String name = Normalizer.normalize(submittedName, Normalizer.Form.NFC);
        name = lastSegment(name);
        name = clean(name);
        name = stripTrailing(name);
        name = dropExtension(name, type);
        name = strip(name);
        name = truncate(name, MAX_BASE_CODE_POINTS);
        return strip(name);
    }

    private static String lastSegment(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(cut + 1);
    }

    /** Whitespace to single spaces, invisible characters removed, reserved characters replaced. */
    private static String clean(String name) {
        StringBuilder out = new StringBuilder(name.length());
        int i = 0;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (isInvisible(cp)) {
                // dropped
            } else if (REPLACED.indexOf(cp) >= 0) {
                out.append('_');
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(int cp) {
        int category = Character.getType(cp);
        return Character.isISOControl(cp)
                || category == Character.FORMAT
                || category == Character.SURROGATE; // unpaired, as codePointAt joins valid pairs
    }

    private static String strip(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && isDotOrSpace(name.charAt(start))) {
            start++;
        }
        while (end > start && isDotOrSpace(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String stripTrailing(String name) {
        int end = name.length();
        while (end > 0 && isDotOrSpace(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end);
    }

    private static boolean isDotOrSpace(char c) {
        return c == '.' || c == ' ';
    }

    private static String dropExtension(String name, AttachmentType type) {
        String withoutLast = withoutExtension(name);
        String detected = "." + type.extension();
        int start = withoutLast.length() - detected.length();
        if (start >= 0 && withoutLast.regionMatches(true, start, detected, 0, detected.length())) {
            return withoutLast.substring(0, start);
        }
        return withoutLast;
    }

    /** Drops a final dot and 1 to 10 ASCII letters and digits, at least one a letter. */
    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        int length = name.length() - dot - 1;
        if (dot < 0 || length < 1 || length > MAX_EXTENSION_LENGTH) {
            return name;
        }
        boolean letter = false;
        for (int i = dot + 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean asciiLetter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!asciiLetter && !(c >= '0' && c <= '9')) {
                return name;
            }
            letter |= asciiLetter;
        }
        return letter ? name.substring(0, dot) : name;
    }

    private static String truncate(String name, int maxCodePoints) {
        if (name.codePointCount(0, name.length()) <= maxCodePoints) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, maxCodePoints));
    }

    /** Windows treats a device name as reserved whatever follows its first dot or trailing spaces. */
    private static boolean isReservedOnWindows(String base) {
        int dot = base.indexOf('.');
        String stem = (dot < 0 ? base : base.substring(0, dot)).stripTrailing();
        return RESERVED.matcher(stem).matches();
    }
}
