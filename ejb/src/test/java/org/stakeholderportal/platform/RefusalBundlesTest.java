package org.stakeholderportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Refusals, import messages and the digest's fixed texts reach the reader in the six UN languages: RefusalMessages,
 * ImportMessages and DigestMessages are translated into Arabic, Chinese, French, Russian and Spanish with the same
 * keys and placeholders as English.
 * Runs with the ejb module as working directory.
 */
class RefusalBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path JAVA = Path.of("src/main/java");
    private static final List<String> BUNDLES = List.of(
            "org/stakeholderportal/platform/RefusalMessages", "org/stakeholderportal/draft/ImportMessages",
            "org/stakeholderportal/publication/DigestMessages", "org/stakeholderportal/publication/DigestLabels");
    private static final List<String> TRANSLATIONS = List.of("ar", "zh", "fr", "ru", "es");

    /** {0}, {1,number,#}, ... */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,[^{}]*)?\\}");
    private static final Pattern REFUSAL_KEY = Pattern.compile("new Refusal\\(\\s*\"([^\"]+)\"");

    @Test
    void everyEnglishRefusalKeyIsTranslatedIntoTheFiveOtherLanguages() throws IOException {
        Map<String, Set<String>> missing = new TreeMap<>();
        for (String bundle : BUNDLES) {
            Set<String> english = load(bundle, null).stringPropertyNames();
            for (String language : TRANSLATIONS) {
                Set<String> absent = new TreeSet<>(english);
                absent.removeAll(load(bundle, language).stringPropertyNames());
                if (!absent.isEmpty()) {
                    missing.put(name(bundle, language), absent);
                }
            }
        }
        assertTrue(missing.isEmpty(), "English keys missing from translations: " + missing);
    }

    @Test
    void noTranslationHasAKeyThatEnglishLacks() throws IOException {
        Map<String, Set<String>> extra = new TreeMap<>();
        for (String bundle : BUNDLES) {
            Set<String> english = load(bundle, null).stringPropertyNames();
            for (String language : TRANSLATIONS) {
                Set<String> surplus = new TreeSet<>(load(bundle, language).stringPropertyNames());
                surplus.removeAll(english);
                if (!surplus.isEmpty()) {
                    extra.put(name(bundle, language), surplus);
                }
            }
        }
        assertTrue(extra.isEmpty(), "keys only in a translation, not in English: " + extra);
    }

    @Test
    void everyTranslationKeepsThePlaceholdersOfTheEnglishText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties english = load(bundle, null);
            for (String language : TRANSLATIONS) {
                Properties translation = load(bundle, language);
                for (String key : new TreeSet<>(english.stringPropertyNames())) {
                    String text = translation.getProperty(key);
                    if (text == null) {
                        continue;
                    }
                    Set<String> expected = placeholders(english.getProperty(key));
                    Set<String> actual = placeholders(text);
                    if (!expected.equals(actual)) {
                        problems.add(name(bundle, language) + " " + key + ": " + actual + " instead of " + expected);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "placeholders differ from English: " + problems);
    }

    @Test
    void everyRefusalStillShowsItsArgumentsWhenFormatted() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties english = load(bundle, null);
            for (String language : languages()) {
                Properties texts = load(bundle, language);
                for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                    String englishText = english.getProperty(key);
                    if (englishText != null) {
                        checkArgumentsShown(name(bundle, language) + " " + key, texts.getProperty(key), englishText,
                                problems);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "MessageFormat loses arguments (a quote problem?): " + problems);
    }

    @Test
    void translationsUseNoStraightApostropheThatMessageFormatWouldSwallow() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES) {
            for (String language : TRANSLATIONS) {
                Properties translation = load(bundle, language);
                for (String key : new TreeSet<>(translation.stringPropertyNames())) {
                    // Refusal.message(...) formats every text with MessageFormat, placeholders or not.
                    if (translation.getProperty(key).replace("''", "").contains("'")) {
                        problems.add(name(bundle, language) + " " + key);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "write the typographic apostrophe ’ (or ''): " + problems);
    }

    @Test
    void everyBundleIsUtf8WithoutDuplicateKeysOrEmptyTexts() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES) {
            for (String language : languages()) {
                Set<String> seen = new TreeSet<>();
                for (String key : keysInFileOrder(readUtf8(file(bundle, language)))) {
                    if (!seen.add(key)) {
                        problems.add(name(bundle, language) + " repeats " + key);
                    }
                }
                Properties texts = load(bundle, language);
                for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                    if (texts.getProperty(key).isBlank()) {
                        problems.add(name(bundle, language) + " has no text for " + key);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void everyRefusalTheCodeRaisesHasATextInAllSixLanguages() throws IOException {
        Set<String> raised = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher key = REFUSAL_KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (key.find()) {
                    raised.add(key.group(1));
                }
            }
        }
        assertTrue(raised.size() >= 10, "found only " + raised + " in " + JAVA.toAbsolutePath());

        Map<String, Set<String>> missing = new LinkedHashMap<>();
        for (String language : languages()) {
            Set<String> absent = new TreeSet<>(raised);
            for (String bundle : BUNDLES) {
                absent.removeAll(load(bundle, language).stringPropertyNames());
            }
            if (!absent.isEmpty()) {
                missing.put(language == null ? "en" : language, absent);
            }
        }
        assertTrue(missing.isEmpty(), "refusals without a text: " + missing);
    }

    @Test
    void aRefusalSpeaksTheReadersLanguage() throws IOException {
        for (String language : TRANSLATIONS) {
            Locale locale = Locale.forLanguageTag(language);
            assertEquals(load(BUNDLES.get(0), language).getProperty("window.alreadyClosed"),
                    new Refusal("window.alreadyClosed").message(locale), language);
            assertEquals(new MessageFormat(load(BUNDLES.get(1), language).getProperty("import.md.empty"), locale)
                            .format(new Object[] {"draft.md"}),
                    Refusal.at(null, "import.md.empty", "draft.md").message(locale), language);
        }
    }

    // --- helpers ---

    /** English (null) first, then the translations. */
    private static List<String> languages() {
        List<String> all = new ArrayList<>();
        all.add(null);
        all.addAll(TRANSLATIONS);
        return all;
    }

    private static String name(String bundle, String language) {
        String simple = bundle.substring(bundle.lastIndexOf('/') + 1);
        return language == null ? simple : simple + "_" + language;
    }

    private static Path file(String bundle, String language) {
        return RESOURCES.resolve(bundle + (language == null ? "" : "_" + language) + ".properties");
    }

    private static Properties load(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(readUtf8(file(bundle, language))));
        return properties;
    }

    /** The file's text, refusing bytes that are not UTF-8 (ResourceBundle would then read it as ISO-8859-1). */
    private static String readUtf8(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), "no bundle at " + file.toAbsolutePath());
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        }
    }

    /** Keys in the order the file lists them, duplicates included (Properties would silently keep the last). */
    private static List<String> keysInFileOrder(String text) {
        List<String> keys = new ArrayList<>();
        boolean continuation = false;
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            String line = raw.stripLeading();
            if (continuation) {
                continuation = endsWithOddBackslashes(line);
                continue;
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    key.append(line.charAt(++i));
                } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                    break;
                } else {
                    key.append(c);
                }
            }
            keys.add(key.toString());
            continuation = endsWithOddBackslashes(line);
        }
        return keys;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            found.add(placeholder.group().replaceAll("\\s+", ""));
        }
        return found;
    }

    /**
     * Formats the text as Refusal.message does (MessageFormat) with distinct numbers as arguments and checks that
     * each argument of the English text shows up: a stray quote would turn a placeholder into literal text.
     */
    private static void checkArgumentsShown(String where, String text, String englishText, List<String> problems) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(englishText);
        while (placeholder.find()) {
            indexes.add(Integer.valueOf(placeholder.group(1)));
        }
        Object[] arguments = new Object[indexes.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = 701 + i;
        }
        try {
            String formatted = new MessageFormat(text, Locale.ROOT).format(arguments);
            for (int index : indexes) {
                if (!formatted.contains(String.valueOf(701 + index))) {
                    problems.add(where + ": {" + index + "} not shown in \"" + formatted + "\"");
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(where + ": not a valid pattern (" + e.getMessage() + ")");
        }
    }
}
