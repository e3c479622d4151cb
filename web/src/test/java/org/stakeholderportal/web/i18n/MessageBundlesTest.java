package org.stakeholderportal.web.i18n;

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
 * The web interface exists in the six UN languages: every text of the English bundle is translated into Arabic,
 * Chinese, French, Russian and Spanish, with the same placeholders, and every key a page asks for is there.
 * Runs with the web module as working directory.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/stakeholderportal/web/i18n");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final String BASE = "messages";
    private static final List<String> TRANSLATIONS = List.of("ar", "zh", "fr", "ru", "es");

    /** msg['some.key'] or msg["some.key"]; a key built with .concat(...) does not match. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\[\\s*(['\"])([^'\"\\]]+)\\1\\s*\\]");
    /** Keys Java code reads by a literal: Messages.text/info("key", ...) and bundle.getString("key"). */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:Messages\\.(?:text|info)|\\bbundle\\.getString)\\(\\s*\"([^\"]+)\"\\s*[,)]");
    /** {0}, {1,number,#}, ... */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,[^{}]*)?\\}");

    private static final Map<String, List<String>> DYNAMIC_FAMILIES = Map.of(
            "role.", List.of("stakeholder", "secretariat", "admin"),
            "change.", List.of("UNCHANGED", "CHANGED", "MOVED", "ADDED", "REMOVED"));

    @Test
    void everyEnglishKeyIsTranslatedIntoTheFiveOtherLanguages() throws IOException {
        Set<String> english = load(null).stringPropertyNames();
        Map<String, Set<String>> missing = new TreeMap<>();
        for (String language : TRANSLATIONS) {
            Set<String> absent = new TreeSet<>(english);
            absent.removeAll(load(language).stringPropertyNames());
            if (!absent.isEmpty()) {
                missing.put(language, absent);
            }
        }
        assertTrue(missing.isEmpty(), "keys of messages.properties missing from translations: " + missing);
    }

    @Test
    void noTranslationHasAKeyThatEnglishLacks() throws IOException {
        Set<String> english = load(null).stringPropertyNames();
        Map<String, Set<String>> extra = new TreeMap<>();
        for (String language : TRANSLATIONS) {
            Set<String> surplus = new TreeSet<>(load(language).stringPropertyNames());
            surplus.removeAll(english);
            if (!surplus.isEmpty()) {
                extra.put(language, surplus);
            }
        }
        assertTrue(extra.isEmpty(), "keys only in a translation, not in messages.properties: " + extra);
    }

    @Test
    void everyTranslationKeepsThePlaceholdersOfTheEnglishText() throws IOException {
        Properties english = load(null);
        List<String> problems = new ArrayList<>();
        for (String language : TRANSLATIONS) {
            Properties translation = load(language);
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String text = translation.getProperty(key);
                if (text == null) {
                    continue;
                }
                Set<String> expected = placeholders(english.getProperty(key));
                Set<String> actual = placeholders(text);
                if (!expected.equals(actual)) {
                    problems.add(language + " " + key + ": " + actual + " instead of " + expected);
                }
            }
        }
        assertTrue(problems.isEmpty(), "placeholders differ from English: " + problems);
    }

    @Test
    void everyMessageStillShowsItsArgumentsWhenFormatted() throws IOException {
        Properties english = load(null);
        List<String> problems = new ArrayList<>();
        for (String language : languages()) {
            Properties bundle = load(language);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String englishText = english.getProperty(key);
                if (englishText != null) {
                    checkArgumentsShown(language, key, bundle.getProperty(key), englishText, problems);
                }
            }
        }
        assertTrue(problems.isEmpty(), "MessageFormat loses arguments (a quote problem?): " + problems);
    }

    @Test
    void translationsUseNoStraightApostropheThatMessageFormatWouldSwallow() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String language : TRANSLATIONS) {
            Properties translation = load(language);
            for (String key : new TreeSet<>(translation.stringPropertyNames())) {
                String text = translation.getProperty(key);
                if (text.replace("''", "").contains("'") || (!hasPlaceholder(text) && text.contains("'"))) {
                    problems.add(language + " " + key + ": " + text);
                }
            }
        }
        assertTrue(problems.isEmpty(), "write the typographic apostrophe ’ (or '' in a pattern with placeholders): "
                + problems);
    }

    @Test
    void everyBundleIsUtf8WithoutDuplicateKeysOrEmptyTexts() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String language : languages()) {
            Path file = file(language);
            List<String> keys = keysInFileOrder(readUtf8(file));
            Set<String> seen = new TreeSet<>();
            for (String key : keys) {
                if (!seen.add(key)) {
                    problems.add(file.getFileName() + " repeats " + key);
                }
            }
            Properties bundle = load(language);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                if (bundle.getProperty(key).isBlank()) {
                    problems.add(file.getFileName() + " has no text for " + key);
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void everyPageKeyExistsInAllSixLanguages() throws IOException {
        Map<String, Set<String>> keysByPage = pageKeys();
        Set<String> used = new TreeSet<>();
        keysByPage.values().forEach(used::addAll);
        assertTrue(keysByPage.size() >= 5 && used.size() >= 50,
                "the scan of " + WEBAPP.toAbsolutePath() + " found too little: " + keysByPage.keySet());

        Map<String, Set<String>> missing = missingFromBundles(used);
        assertTrue(missing.isEmpty(), "keys used by pages but missing from bundles: " + missing
                + " (pages: " + pagesUsing(keysByPage, missing) + ")");
    }

    @Test
    void everyRoleAndChangeLabelBuiltOnAPageExistsInAllSixLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        DYNAMIC_FAMILIES.forEach((prefix, values) -> values.forEach(value -> keys.add(prefix + value)));

        Map<String, Set<String>> missing = missingFromBundles(keys);
        assertTrue(missing.isEmpty(), "role or change labels missing from bundles: " + missing);
    }

    @Test
    void everyKeyTheBackingBeansUseExistsInAllSixLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher key = JAVA_KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (key.find()) {
                    used.add(key.group(1));
                }
            }
        }
        assertTrue(!used.isEmpty(), "found no bundle key in " + JAVA.toAbsolutePath());

        Map<String, Set<String>> missing = missingFromBundles(used);
        assertTrue(missing.isEmpty(), "keys used by Java code but missing from bundles: " + missing);
    }

    // --- helpers ---

    /** English (null) first, then the translations. */
    private static List<String> languages() {
        List<String> all = new ArrayList<>();
        all.add(null);
        all.addAll(TRANSLATIONS);
        return all;
    }

    private static Path file(String language) {
        return BUNDLES.resolve(language == null ? BASE + ".properties" : BASE + "_" + language + ".properties");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(readUtf8(file(language))));
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
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean continuation = false;
        for (String raw : lines) {
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

    private static boolean hasPlaceholder(String text) {
        return PLACEHOLDER.matcher(text).find();
    }

    /**
     * Formats the text as the portal does (MessageFormat) with distinct numbers as arguments and checks that each
     * argument of the English text shows up: a stray quote would turn a placeholder into literal text.
     */
    private static void checkArgumentsShown(String language, String key, String text, String englishText,
            List<String> problems) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(englishText);
        while (placeholder.find()) {
            indexes.add(Integer.valueOf(placeholder.group(1)));
        }
        if (indexes.isEmpty()) {
            return;
        }
        Object[] arguments = new Object[indexes.stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = 701 + i;
        }
        String where = (language == null ? "en" : language) + " " + key;
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

    private static Map<String, Set<String>> pageKeys() throws IOException {
        Map<String, Set<String>> keysByPage = new TreeMap<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".xhtml")).sorted()::iterator) {
                Set<String> keys = new TreeSet<>();
                Matcher key = PAGE_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (key.find()) {
                    keys.add(key.group(2));
                }
                keysByPage.put(WEBAPP.relativize(page).toString(), keys);
            }
        }
        return keysByPage;
    }

    /** For each language (en for the English file) the keys among {@code keys} that its bundle lacks. */
    private static Map<String, Set<String>> missingFromBundles(Set<String> keys) throws IOException {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        for (String language : languages()) {
            Set<String> absent = new TreeSet<>(keys);
            absent.removeAll(load(language).stringPropertyNames());
            if (!absent.isEmpty()) {
                missing.put(language == null ? "en" : language, absent);
            }
        }
        return missing;
    }

    private static Set<String> pagesUsing(Map<String, Set<String>> keysByPage, Map<String, Set<String>> missing) {
        Set<String> absent = new TreeSet<>();
        missing.values().forEach(absent::addAll);
        Set<String> pages = new TreeSet<>();
        keysByPage.forEach((page, keys) -> {
            if (keys.stream().anyMatch(absent::contains)) {
                pages.add(page);
            }
        });
        return pages;
    }
}
