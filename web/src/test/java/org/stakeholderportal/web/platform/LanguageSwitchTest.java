package org.stakeholderportal.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageSwitchTest {

    @Test
    void removesOnlyTheLanguageParameter() {
        assertEquals("/drafts/article.xhtml?draft=3&article=art-5",
                LanguageSwitch.withoutLang("/drafts/article.xhtml", "draft=3&lang=fr&article=art-5"));
    }

    @Test
    void leavesAPlainAddressWithoutQuestionMark() {
        assertEquals("/index.xhtml", LanguageSwitch.withoutLang("/index.xhtml", "lang=ar"));
    }

    @Test
    void neverRedirectsToAnotherHost() {
        String target = LanguageSwitch.withoutLang("//evil.example.org/x", "lang=en");
        assertTrue(target.startsWith("/") && !target.startsWith("//"), target);
    }

    @Test
    void offersTheSixUnLanguagesWithArabicRightToLeft() {
        assertEquals(6, Languages.OFFERED.size());
        assertTrue(Languages.offered("ar").orElseThrow().isRightToLeft());
        assertTrue(Languages.offered("de").isEmpty());
    }
}
