package org.stakeholderportal.settings.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessSettingsTest {

    @Test
    void aProcessNeverChangedHasThePortalsFormerLimitsAndEveryLanguage() {
        ProcessSettings settings = new ProcessSettings(7);
        assertEquals(2000, settings.getMaxWords());
        assertEquals(3, settings.getMaxAttachments());
        assertEquals(50, settings.getMaxSubmissionsPerDay());
        assertEquals(List.of("en", "fr", "es", "ru", "ar", "zh", "other"), settings.getLanguages());
    }

    @Test
    void languagesAreKeptInTheFormsOrderWhateverOrderTheyCameIn() {
        ProcessSettings settings = new ProcessSettings(7);
        settings.change(100, 1, 2, Set.of("zh", "other", "en"));
        assertEquals(List.of("en", "zh", "other"), settings.getLanguages());
        assertTrue(settings.offers("zh"));
        assertFalse(settings.offers("ru"));
        assertEquals("maxWords=100; maxAttachments=1; maxSubmissionsPerDay=2; languages=en,zh,other", settings.describe());
    }
}
