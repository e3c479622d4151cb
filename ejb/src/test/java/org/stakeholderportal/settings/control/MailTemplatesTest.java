package org.stakeholderportal.settings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.stakeholderportal.platform.Refusal;

class MailTemplatesTest {

    @Test
    void previewFillsThePlaceholdersWithSampleValues() {
        MailTemplates.Preview preview = MailTemplates.preview("contribution.receipt", "Receipt {0}", "Dear colleague, we received “{1}” on {2}.",
                Locale.ENGLISH);
        assertEquals("Receipt AHC-2026-000123", preview.getSubject());
        assertEquals("Dear colleague, we received “Comment on article 5” on 2026-03-01T10:15:00Z.", preview.getBody());
    }

    @Test
    void unbalancedBraceIsRefused() {
        Refusal refusal = assertThrows(Refusal.class, () -> MailTemplates.check("contribution.receipt", "Receipt {0", "Body"));
        assertEquals("template.formatInvalid", refusal.getMessageKey());
    }

    @Test
    void placeholderWithoutNumberIsRefused() {
        Refusal refusal = assertThrows(Refusal.class, () -> MailTemplates.check("joint.invitation", "Invitation", "From {organisation}"));
        assertEquals("template.formatInvalid", refusal.getMessageKey());
    }

    @Test
    void placeholderTheMailDoesNotHaveIsRefused() {
        Refusal refusal = assertThrows(Refusal.class, () -> MailTemplates.check("joint.invitation", "Invitation", "{0} from {1}, see {2}"));
        assertEquals("template.placeholderUnknown", refusal.getMessageKey());
        assertEquals(2, refusal.getArguments()[0]);
        assertEquals(1, refusal.getArguments()[1]);
    }

    @Test
    void emptyOrMultiLineSubjectIsRefused() {
        assertEquals("template.subjectInvalid", assertThrows(Refusal.class,
                () -> MailTemplates.check("joint.invitation", " ", "Body")).getMessageKey());
        assertEquals("template.subjectInvalid", assertThrows(Refusal.class,
                () -> MailTemplates.check("joint.invitation", "One\nTwo", "Body")).getMessageKey());
        assertEquals("template.bodyInvalid", assertThrows(Refusal.class,
                () -> MailTemplates.check("joint.invitation", "Subject", "")).getMessageKey());
    }

    @Test
    void unknownTemplateIsRefused() {
        assertEquals("template.unknown", assertThrows(Refusal.class,
                () -> MailTemplates.check("nothing.here", "S", "B")).getMessageKey());
    }

    @Test
    void everyTemplateOfTheBundleIsListedWithPlaceholdersForAllItsArguments() {
        for (String language : MailTemplates.LANGUAGES) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.stakeholderportal.notification.MailMessages", Locale.forLanguageTag(language));
            for (String key : MailTemplates.keys()) {
                // The bundle's own texts must pass the check a secretariat's wording must pass.
                MailTemplates.check(key, bundle.getString(key + ".subject"), bundle.getString(key + ".body"));
            }
            long templates = bundle.keySet().stream().filter(k -> k.endsWith(".subject")).count();
            assertEquals(MailTemplates.keys().size(), templates, "a mail of the bundle is missing from the settings page");
        }
        assertTrue(MailTemplates.placeholders("review.REJECT").contains("reason"));
    }
}
