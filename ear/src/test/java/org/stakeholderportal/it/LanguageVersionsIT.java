package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.ArticleText;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.ProvisionTranslation;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.publication.boundary.PublicSearch;
import org.stakeholderportal.publication.entity.SearchQuery;
import org.stakeholderportal.publication.entity.SearchResults;

/** A draft's text in another language: imported from its own file, matched article by article, read and searched. */
@ExtendWith(ArquillianExtension.class)
class LanguageVersionsIT {

    private static final String ENGLISH = "The purposes of this Convention are to promote measures that prevent misuse of networked systems"
            + " and to strengthen international cooperation to that end.";
    private static final String FRENCH = "La présente Convention a pour objet de promouvoir des mesures qui préviennent l’utilisation abusive"
            + " des systèmes en réseau et de renforcer la coopération internationale à cette fin.";

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("language-versions-it", AsSecretariat.class, AsApplicant.class, AsJoiner.class, AsOutsider.class,
                        OrganisationsIT.class, OrganisationsIT.AsCaller.class, ConsultationWorld.class, ConsultationWorld.AsCaller.class,
                        ConsultationWorld.Opened.class)
                .addAsResource(new File("../ejb/src/test/resources/akn/convention-sample.xml"), "fixtures/convention-sample.xml")
                .addAsManifestResource(new StringAsset("Dependencies: org.jboss.ejb3\n"), "MANIFEST.MF");
    }

    @EJB
    Drafts drafts;

    @EJB
    PublicSearch search;

    @EJB
    ConsultationWorld world;

    @EJB
    AsSecretariat secretariat;

    @EJB
    AsApplicant applicant;

    private static String english() throws Exception {
        try (InputStream in = LanguageVersionsIT.class.getResourceAsStream("/fixtures/convention-sample.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] french() throws Exception {
        String text = english().replace("<FRBRlanguage language=\"eng\"/>", "<FRBRlanguage language=\"fra\"/>").replace(ENGLISH, FRENCH);
        assertTrue(text.contains(FRENCH), "the fixture still holds the English sentence this test translates");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTranslationIsImportedReadBesideTheDraftAndSearched() throws Exception {
        ConsultationWorld.Opened opened = world.open("Languages test", OrganisationsIT.application("Second"));
        Draft draft = opened.draft();
        secretariat.call(() -> drafts.importLanguageVersion(draft.getId(), "fr", "convention-fr.xml", french()));
        assertEquals(List.of("fr"), drafts.languageVersions(draft.getId()));

        ArticleText article = drafts.article(draft.getId(), "art-1", false).orElseThrow();
        List<Long> ids = new java.util.ArrayList<>(List.of(article.getArticle().getId()));
        article.getParagraphs().forEach(p -> ids.add(p.getId()));
        Map<Long, ProvisionTranslation> french = drafts.translations(ids, "fr");
        assertTrue(french.values().stream().anyMatch(t -> t.getBody().equals(FRENCH)), "the French text of article 1");
        assertTrue(article.getParagraphs().stream().anyMatch(p -> p.getBody().equals(ENGLISH)), "the draft itself is unchanged");

        SearchResults found = search.search(new SearchQuery(opened.process().getId(), "utilisations", null, Map.of(), 0, 10));
        assertFalse(found.getText().isEmpty(), "the French text is searched with the French analyser");
        assertEquals("fr", found.getText().get(0).getLanguage());
        assertEquals("art-1", found.getText().get(0).getArticle());
    }

    @Test
    void aFileWithOtherArticlesARepeatOrTheDraftsOwnLanguageIsRefused() throws Exception {
        Draft draft = world.open("Languages refused", OrganisationsIT.application("Third")).draft();
        String withoutArticle1 = new String(french(), StandardCharsets.UTF_8).replaceAll("(?s)<article eId=\"art_1\">.*?</article>", "");
        Refusal mismatch = assertThrows(Refusal.class, () -> secretariat.call(() -> drafts.importLanguageVersion(draft.getId(), "fr",
                "short.xml", withoutArticle1.getBytes(StandardCharsets.UTF_8))));
        assertEquals("draft.languageVersionMismatch", mismatch.getMessageKey());
        assertTrue(String.valueOf(mismatch.getArguments()[1]).contains("art-1"), "the message names the article that differs");
        assertTrue(drafts.languageVersions(draft.getId()).isEmpty(), "nothing is half-imported");

        assertEquals("draft.languageIsOriginal", assertThrows(Refusal.class, () -> secretariat.call(() ->
                drafts.importLanguageVersion(draft.getId(), "en", "en.xml", english().getBytes(StandardCharsets.UTF_8)))).getMessageKey());
        assertEquals("draft.languageInvalid", assertThrows(Refusal.class, () -> secretariat.call(() ->
                drafts.importLanguageVersion(draft.getId(), "de", "de.xml", french()))).getMessageKey());
        secretariat.call(() -> drafts.importLanguageVersion(draft.getId(), "fr", "fr.xml", french()));
        assertEquals("draft.languageVersionExists", assertThrows(Refusal.class, () -> secretariat.call(() ->
                drafts.importLanguageVersion(draft.getId(), "fr", "fr.xml", french()))).getMessageKey());
        assertThrows(EJBAccessException.class, () -> applicant.call(() ->
                drafts.importLanguageVersion(draft.getId(), "es", "es.xml", french())), "only the secretariat adds texts");
    }
}
