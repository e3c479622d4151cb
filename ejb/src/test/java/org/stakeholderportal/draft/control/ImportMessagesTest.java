package org.stakeholderportal.draft.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ImportMessagesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:import|notice)\\.[A-Za-z.]+)\"");

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportMessagesTest.class
                .getResourceAsStream("/org/stakeholderportal/draft/ImportMessages.properties")) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> keysUsedInMainCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher key = KEY_LITERAL.matcher(Files.readString(source));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyThrownOrNoticedExistsInTheEnglishBundle() throws IOException {
        Set<String> used = keysUsedInMainCode();
        Properties bundle = bundle();

        assertTrue(used.size() >= 20, "found only " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle.stringPropertyNames());
        assertTrue(missing.isEmpty(), "missing from ImportMessages.properties: " + missing);
    }

    @Test
    void everyKeyInTheEnglishBundleIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(bundle().stringPropertyNames());
        unused.removeAll(keysUsedInMainCode());

        assertTrue(unused.isEmpty(), "never used: " + unused);
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        Properties bundle = bundle();
        for (String key : bundle.stringPropertyNames()) {
            String formatted = new MessageFormat(bundle.getProperty(key), Locale.ENGLISH)
                    .format(new Object[] {1, 2, 3});
            assertFalse(formatted.isBlank(), key);
        }
    }

    @Test
    void exceptionSpeaksEnglishFromTheBundle() {
        DraftImportException refused = new DraftImportException("import.xml.duplicateArticle", "line 1200",
                "Article 5", 40, 1200);

        assertEquals("Article 5 appears twice: line 40 and line 1200.", refused.getMessage());
        assertEquals("line 1200", refused.getLocation());
        assertEquals("import.xml.duplicateArticle", refused.getMessageKey());
    }
}
