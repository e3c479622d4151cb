package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionText;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.organisation.entity.UnRegion;
import org.stakeholderportal.publication.boundary.PublicSearch;
import org.stakeholderportal.publication.entity.SearchQuery;
import org.stakeholderportal.publication.entity.SearchResults;
import org.stakeholderportal.review.boundary.Reviews;
import org.stakeholderportal.review.entity.ReviewDecision;

/**
 * Full-text search against the real index in WildFly: published input in each language is found through that
 * language's analyser, facets count what the database holds, snippets are escaped, and input that is not
 * published is never found, whatever is searched.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("search-it", AsSecretariat.class, AsApplicant.class, AsJoiner.class, AsOutsider.class,
                        OrganisationsIT.class, OrganisationsIT.AsCaller.class, ConsultationWorld.class, ConsultationWorld.AsCaller.class,
                        ConsultationWorld.Opened.class)
                .addAsResource(new File("../ejb/src/test/resources/akn/convention-sample.xml"), "fixtures/convention-sample.xml")
                .addAsManifestResource(new StringAsset("Dependencies: org.jboss.ejb3\n"), "MANIFEST.MF");
    }

    @EJB
    Contributions contributions;

    @EJB
    Reviews reviews;

    @EJB
    PublicSearch search;

    @EJB
    ConsultationWorld world;

    @EJB
    AsSecretariat secretariat;

    @EJB
    AsApplicant applicant;

    @EJB
    AsOutsider outsider;

    private NegotiationProcess process;
    private Draft draft;

    /** A process with a draft open for input, an NGO from Africa (applicant) and a Western European academy (outsider). */
    @BeforeEach
    void world() throws Exception {
        OrganisationApplication academy = OrganisationsIT.application("Academy");
        academy.setCategory("ACADEMIA");
        academy.setRegion(UnRegion.WESTERN_EUROPEAN_AND_OTHER_STATES);
        academy.setCountry("FR");
        ConsultationWorld.Opened opened = world.open("Search test", academy);
        process = opened.process();
        draft = opened.draft();
    }

    private Contribution submitted(ConsultationWorld.AsCaller who, String language, String title, String comment) throws Exception {
        return world.submitted(who, draft, "art-24", language, title, comment, null);
    }

    private Contribution published(ConsultationWorld.AsCaller who, String language, String title, String comment) throws Exception {
        return world.published(who, draft, "art-24", language, title, comment, null);
    }

    private SearchResults find(String words) {
        return find(words, Map.of());
    }

    private SearchResults find(String words, Map<String, String> facets) {
        return search.search(new SearchQuery(process.getId(), words, null, facets, 0, 20));
    }

    private static List<String> numbers(SearchResults results) {
        return results.getInput().stream().map(SearchResults.InputHit::getNumber).toList();
    }

    @Test
    void eachLanguageIsFoundThroughItsOwnAnalyser() throws Exception {
        Contribution english = published(applicant::call, "en", "Safeguards first", "Judicial safeguards must precede any interception.");
        Contribution arabic = published(outsider::call, "ar", "حماية الخصوصية", "يجب حماية البيانات الشخصية للمستخدمين");
        Contribution chinese = published(outsider::call, "zh", "个人信息", "个人数据保护必须优先");
        Contribution russian = published(applicant::call, "ru", "Персональные сведения", "Требуется защита персональных данных");

        assertEquals(List.of(english.getSubmissionNumber()), numbers(find("safeguarding")), "English stems: safeguarding finds safeguards");
        assertEquals(List.of(arabic.getSubmissionNumber()), numbers(find("بيانات")), "Arabic: the article al- is stripped");
        assertEquals(List.of(chinese.getSubmissionNumber()), numbers(find("数据")), "Chinese: words inside a run of characters");
        assertEquals(List.of(russian.getSubmissionNumber()), numbers(find("защиты")), "Russian: another case of the same word");

        SearchResults.InputHit hit = find("safeguarding").getInput().get(0);
        assertTrue(hit.getSnippet().contains("<mark>safeguards</mark>"), hit.getSnippet());
        assertEquals("art-24", hit.getArticle());
        assertEquals("en", hit.getLanguage());
    }

    @Test
    void facetsCountThePublishedInputAndNarrowIt() throws Exception {
        published(applicant::call, "en", "One", "Dual criminality should remain a condition.");
        published(applicant::call, "fr", "Deux", "La double incrimination doit rester une condition.");
        published(outsider::call, "en", "Three", "Dual criminality protects researchers.");
        submitted(outsider::call, "en", "Four", "Dual criminality, still under review.");

        SearchResults all = find("");
        assertEquals(3, all.getInputTotal(), "browsing without words lists everything published, nothing else");
        assertEquals(Map.of("NGO", 2L, "ACADEMIA", 1L), all.getFacets().get("category"));
        assertEquals(Map.of("AFRICAN_STATES", 2L, "WESTERN_EUROPEAN_AND_OTHER_STATES", 1L), all.getFacets().get("region"));
        assertEquals(Map.of("en", 2L, "fr", 1L), all.getFacets().get("language"));
        assertEquals(Map.of("art-24", 3L), all.getFacets().get("article"));

        SearchResults academic = find("criminality", Map.of("category", "ACADEMIA"));
        assertEquals(1, academic.getInputTotal());
        assertEquals("Three", academic.getInput().get(0).getTitle());
        assertEquals(2, find("", Map.of("language", "en")).getInputTotal());
    }

    @Test
    void inputThatIsNotPublishedIsNeverFound() throws Exception {
        submitted(applicant::call, "en", "Quokkasubmitted", "Quokkasubmitted text waiting for review.");
        Contribution rejected = submitted(outsider::call, "en", "Wombatrejected", "Wombatrejected text.");
        secretariat.call(() -> reviews.decide(rejected.getId(), rejected.getVersion(), ReviewDecision.REJECT, "OFF_TOPIC", null));
        Contribution returned = submitted(outsider::call, "en", "Numbatreturned", "Numbatreturned text.");
        secretariat.call(() -> reviews.decide(returned.getId(), returned.getVersion(), ReviewDecision.RETURN_FOR_REVISION, null,
                "Please say more."));
        Contribution started = applicant.call(() -> contributions.start(draft.getId(), "art-24", Set.of()));
        applicant.call(() -> contributions.write(started.getId(), started.getVersion(), new ContributionText(
                ContributionKind.GENERAL_COMMENT, "Bilbydraft", "<p>Bilbydraft text.</p>", null, null, "en")));

        for (String word : List.of("quokkasubmitted", "wombatrejected", "numbatreturned", "bilbydraft")) {
            assertEquals(0, find(word).getInputTotal(), word + " is not published and must not be found");
        }
        assertEquals(0, find("").getInputTotal(), "nothing of this process is published yet");
    }

    @Test
    void snippetsAreEscapedWhateverTheTextHolds() throws Exception {
        published(applicant::call, "en", "<img src=x onerror=alert(1)> Zebrafinch", "Zebrafinch &amp; <b>bold</b> claims.");
        SearchResults.InputHit hit = find("zebrafinch").getInput().get(0);
        assertFalse(hit.getSnippet().contains("<img"), hit.getSnippet());
        assertTrue(hit.getSnippet().contains("&lt;img"), hit.getSnippet());
        assertTrue(hit.getSnippet().replaceAll("</?mark>", "").indexOf('<') < 0, "the only markup is the highlight: " + hit.getSnippet());
        assertEquals("<img src=x onerror=alert(1)> Zebrafinch", hit.getTitle(), "titles are kept as written, escaped by the page");
    }

    @Test
    void theDraftTextIsSearchedToo() throws Exception {
        SearchResults results = find("misuse");
        assertFalse(results.getText().isEmpty(), "the purpose article speaks of misuse");
        SearchResults.TextHit hit = results.getText().get(0);
        assertEquals(draft.getId(), hit.getDraftId());
        assertTrue(hit.getSnippet().contains("<mark>misuse</mark>"), hit.getSnippet());
        assertTrue(hit.getAnchor().startsWith(hit.getArticle()), hit.getAnchor() + " lies in " + hit.getArticle());
    }
}
