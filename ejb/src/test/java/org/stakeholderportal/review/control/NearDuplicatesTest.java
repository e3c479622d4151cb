package org.stakeholderportal.review.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    private static final String SAFEGUARDS_TEMPLATE = "On behalf of %s, we urge the Ad Hoc Committee to strengthen "
            + "Article 24 on conditions and safeguards. The draft convention grants sweeping powers to collect traffic "
            + "data, intercept content and order the preservation of stored computer data, yet it leaves the "
            + "protection of human rights entirely to domestic law. Article 24 must require prior independent judicial "
            + "authorisation, strict necessity and proportionality, limits on the scope and duration of every measure, "
            + "and effective remedies for the persons concerned. Without these minimum guarantees, the convention risks "
            + "legitimising surveillance of journalists, human rights defenders and political opponents. We therefore "
            + "ask that the principles of legality, necessity and proportionality be stated explicitly and apply to "
            + "every procedural power and to all forms of international cooperation.";

    private static final String DATA_PROTECTION_TEMPLATE = "We, the undersigned members of %s, ask the Member States to "
            + "ensure that personal data transferred under the chapter on international cooperation enjoys a level of "
            + "protection equivalent to that of the transferring State. Requests for subscriber information should be "
            + "refused where the data could be used to prosecute peaceful expression, and every transfer should be "
            + "logged and open to review by an independent data protection authority. The convention should also "
            + "prohibit onward transfers to third States without the consent of the State that provided the data.";

    private static final String INDEPENDENT_COURT_REVIEW = "Article 24 should make clear that any production order or "
            + "real-time collection of traffic data is subject to review by a court or other independent authority "
            + "before it is executed. States should publish annual statistics on the number of orders issued so that "
            + "parliaments and civil society can assess whether the powers are used proportionately.";

    private static final String PROVIDER_CONCERNS = "Our association represents internet service providers in the "
            + "region. We are concerned that the safeguards in Article 24 are too vague for providers to know when they "
            + "may refuse an unlawful request. The text should oblige requesting authorities to state the legal basis, "
            + "the specific offence under investigation and the data categories sought, and providers should be able "
            + "to challenge disproportionate orders without penalties.";

    private static final String COVENANT_REFERENCE = "The conditions and safeguards provision is welcome but "
            + "incomplete. It should refer expressly to the International Covenant on Civil and Political Rights and to "
            + "the right to privacy, and it should protect encryption and anonymity tools that journalists and human "
            + "rights defenders rely on. Data obtained in breach of these safeguards must not be admissible or shared "
            + "with other states.";

    private static final String CHINESE_TEMPLATE = "我们代表%s强烈呼吁特设委员会加强第二十四条关于条件和保障措施的规定。"
            + "公约草案赋予缔约国广泛的权力，可以收集流量数据、实时截取通信内容并命令保存计算机数据，"
            + "但却将人权保护完全交由国内法决定。第二十四条应当明确要求事先获得独立司法机关的授权，"
            + "严格遵守必要性和相称性原则，限制每项措施的范围和期限，并为当事人提供有效的救济。"
            + "否则，公约可能被用来监控记者、人权捍卫者和政治反对者。";

    private static final String CHINESE_INDEPENDENT = "关于第二十四条，我们认为现有的条件和保障措施总体上是合理的，"
            + "但建议增加对个人信息保护的具体要求。各国主管机关在调取电子证据时，应当告知服务提供者相关的法律依据，"
            + "并在案件结束后及时删除不再需要的数据。同时，应为发展中国家提供技术援助，帮助其建立相应的监督机制。";

    private static Map<Long, String> safeguardsCampaign() {
        Map<Long, String> copies = new LinkedHashMap<>();
        copies.put(101L, SAFEGUARDS_TEMPLATE.formatted("Digital Rights Alliance"));
        copies.put(102L, SAFEGUARDS_TEMPLATE.formatted("the Coalition for Open Networks"));
        copies.put(103L, SAFEGUARDS_TEMPLATE.formatted("Digital Rights Alliance").toUpperCase().replace(",", ";"));
        copies.put(104L, "<p>" + SAFEGUARDS_TEMPLATE.formatted("<strong>Privacy&nbsp;First</strong>")
                .replace(". ", ".</p>\n<p>") + "</p>");
        copies.put(105L, SAFEGUARDS_TEMPLATE.formatted("Digital Rights Alliance")
                + " We also endorse the joint statement submitted by civil society organisations in January.");
        copies.put(106L, "Dear Chair, " + SAFEGUARDS_TEMPLATE.formatted("Netzfreiheit e.V."));
        copies.put(107L, SAFEGUARDS_TEMPLATE.formatted("Access Now Kenya").replace("sweeping", "very broad"));
        copies.put(108L, SAFEGUARDS_TEMPLATE.formatted("Digital Rights Alliance")
                .replace(", ", " , ").replace("Article 24", "Article\u00a024").replace("'", "\u2019") + "!!!");
        return copies;
    }

    private static Map<Long, String> dataProtectionCampaign() {
        Map<Long, String> copies = new LinkedHashMap<>();
        copies.put(51L, DATA_PROTECTION_TEMPLATE.formatted("the European Privacy Network"));
        copies.put(52L, DATA_PROTECTION_TEMPLATE.formatted("Fundación Datos Protegidos"));
        copies.put(53L, DATA_PROTECTION_TEMPLATE.formatted("the Asia Pacific Digital Forum").toLowerCase());
        copies.put(54L, DATA_PROTECTION_TEMPLATE.formatted("the European Privacy Network")
                + " Thank you for considering our views.");
        copies.put(55L, "<div>" + DATA_PROTECTION_TEMPLATE.formatted("<em>Citizen Lab Watch</em>") + "</div>");
        return copies;
    }

    private static Map<Long, String> independentComments() {
        return Map.of(301L, INDEPENDENT_COURT_REVIEW, 302L, PROVIDER_CONCERNS, 303L, COVENANT_REFERENCE);
    }

    private static List<Long> ids(Map<Long, String> texts) {
        return texts.keySet().stream().sorted().toList();
    }

    @Test
    void campaignCopiesWithSmallEditsAreGroupedTogether() {
        Map<Long, String> texts = new HashMap<>(safeguardsCampaign());
        texts.putAll(independentComments());

        List<List<Long>> clusters = NearDuplicates.clustersOfTexts(texts, NearDuplicates.DEFAULT_THRESHOLD);

        assertEquals(List.of(ids(safeguardsCampaign())), clusters);
    }

    @Test
    void independentCommentsOnTheSameArticleStayOutOfAnyCluster() {
        Map<Long, String> texts = new HashMap<>(independentComments());
        texts.put(304L, SAFEGUARDS_TEMPLATE.formatted("Digital Rights Alliance"));

        assertEquals(List.of(), NearDuplicates.clustersOfTexts(texts, NearDuplicates.DEFAULT_THRESHOLD));
    }

    @Test
    void twoSeparateCampaignsFormTwoClustersLargestFirstEvenWithHigherIds() {
        Map<Long, String> texts = new HashMap<>(dataProtectionCampaign());
        texts.putAll(safeguardsCampaign());
        texts.putAll(independentComments());

        List<List<Long>> clusters = NearDuplicates.clustersOfTexts(texts, NearDuplicates.DEFAULT_THRESHOLD);

        assertEquals(List.of(ids(safeguardsCampaign()), ids(dataProtectionCampaign())), clusters);
    }

    @Test
    void equallySizedClustersAreOrderedBySmallestId() {
        Map<Long, String> texts = Map.of(
                9L, SAFEGUARDS_TEMPLATE.formatted("A"), 1L, SAFEGUARDS_TEMPLATE.formatted("B"),
                5L, DATA_PROTECTION_TEMPLATE.formatted("C"), 3L, DATA_PROTECTION_TEMPLATE.formatted("D"));

        assertEquals(List.of(List.of(1L, 9L), List.of(3L, 5L)),
                NearDuplicates.clustersOfTexts(texts, NearDuplicates.DEFAULT_THRESHOLD));
    }

    @Test
    void chineseCampaignClustersWhileADifferentChineseCommentDoesNotJoin() {
        Map<Long, String> texts = new HashMap<>();
        texts.put(401L, CHINESE_TEMPLATE.formatted("数字权利联盟"));
        texts.put(402L, CHINESE_TEMPLATE.formatted("开放网络协会"));
        texts.put(403L, CHINESE_TEMPLATE.formatted("数字权利联盟").replace("强烈", "坚决").replace("截取", "拦截"));
        texts.put(404L, CHINESE_TEMPLATE.formatted("隐私保护中心").replace("广泛", "宽泛")
                .replace("有效的救济", "有效救济").replace("监控记者", "监视新闻记者"));
        texts.put(405L, "<p>" + CHINESE_TEMPLATE.formatted("数字权利联盟").replace("，", ", ") + "</p>");
        texts.put(406L, CHINESE_INDEPENDENT);

        assertEquals(List.of(List.of(401L, 402L, 403L, 404L, 405L)),
                NearDuplicates.clustersOfTexts(texts, NearDuplicates.DEFAULT_THRESHOLD));
    }

    @Test
    void emptyAndWhitespaceOnlyTextsNeverCluster() {
        Map<Long, String> texts = new HashMap<>(safeguardsCampaign());
        texts.put(1L, "");
        texts.put(2L, "   ");
        texts.put(3L, "\n\t \u3000");
        texts.put(4L, "<p>&nbsp;</p>");
        texts.put(5L, "");
        texts.put(6L, null);

        assertEquals(List.of(ids(safeguardsCampaign())),
                NearDuplicates.clustersOfTexts(texts, NearDuplicates.DEFAULT_THRESHOLD));
        assertEquals(List.of(), NearDuplicates.clustersOfTexts(Map.of(1L, "", 2L, " ", 3L, "?!"), 0.0));
        assertEquals(0.0, NearDuplicates.similarity(NearDuplicates.signature(""), NearDuplicates.signature("")));
        long[] allMax = new long[128];
        Arrays.fill(allMax, Long.MAX_VALUE);
        assertArrayEquals(allMax, NearDuplicates.signature(" \t<br/> "));
    }

    @Test
    void identicalTextsHaveSimilarityOneAndUnrelatedTextsBelowOneFifth() {
        String text = SAFEGUARDS_TEMPLATE.formatted("Digital Rights Alliance");
        long[] signature = NearDuplicates.signature(text);
        String unrelated = "The registration portal for the fourth session closes on Friday. Delegates who need a "
                + "visa letter should contact the secretariat and attach a copy of their passport and accreditation.";

        assertEquals(1.0, NearDuplicates.similarity(signature, NearDuplicates.signature(text)));
        assertEquals(1.0, NearDuplicates.similarity(signature,
                NearDuplicates.signature("<b>" + text.toUpperCase() + "</b>")));
        assertTrue(NearDuplicates.similarity(signature, NearDuplicates.signature(unrelated)) < 0.2);
        assertTrue(NearDuplicates.similarity(signature, NearDuplicates.signature(PROVIDER_CONCERNS)) < 0.2);
    }

    @Test
    void aPairJoinsOnlyWhenItsSimilarityReachesTheThreshold() {
        Map<Long, String> texts = Map.of(1L, SAFEGUARDS_TEMPLATE.formatted("Digital Rights Alliance"),
                2L, SAFEGUARDS_TEMPLATE.formatted("Digital Rights Alliance") + " " + COVENANT_REFERENCE);
        double similarity = NearDuplicates.similarity(
                NearDuplicates.signature(texts.get(1L)), NearDuplicates.signature(texts.get(2L)));

        assertTrue(similarity > 0.6 && similarity < 0.9, "similarity " + similarity);
        assertEquals(List.of(List.of(1L, 2L)), NearDuplicates.clustersOfTexts(texts, similarity));
        assertEquals(List.of(), NearDuplicates.clustersOfTexts(texts, similarity + 0.01));
    }

    @Test
    void normalisationRemovesMarkupCasePunctuationAndCompatibilityForms() {
        assertEquals("article 24 safeguards must apply",
                NearDuplicates.normalise("<p class=\"x\">ARTICLE&nbsp;24 — Safeguards</p>\n\n must &amp; apply!"));
        assertEquals("abc 12 file", NearDuplicates.normalise("ＡＢＣ １２ ﬁle"));
        assertEquals("", NearDuplicates.normalise(" <br/> &lt; &gt; &quot; &#39; "));
        assertEquals("", NearDuplicates.normalise(null));
    }

    @Test
    void signaturesAreStableSoStoredSignaturesRemainComparable() {
        long[] signature = NearDuplicates.signature("Article 24 conditions and safeguards");

        assertEquals(128, signature.length);
        assertArrayEquals(new long[] {-6666266066842689950L, -1268718380530745379L, -8501735809881551139L},
                Arrays.copyOf(signature, 3));
    }

    @Test
    void clustersAreDeterministicRegardlessOfInputOrder() {
        Map<Long, String> texts = new HashMap<>(dataProtectionCampaign());
        texts.putAll(safeguardsCampaign());
        texts.putAll(independentComments());
        List<Long> reversed = new ArrayList<>(texts.keySet());
        reversed.sort((a, b) -> Long.compare(b, a));
        Map<Long, String> reversedTexts = new LinkedHashMap<>();
        reversed.forEach(id -> reversedTexts.put(id, texts.get(id)));

        List<List<Long>> first = NearDuplicates.clustersOfTexts(texts, NearDuplicates.DEFAULT_THRESHOLD);

        assertEquals(2, first.size());
        assertEquals(first, NearDuplicates.clustersOfTexts(texts, NearDuplicates.DEFAULT_THRESHOLD));
        assertEquals(first, NearDuplicates.clustersOfTexts(reversedTexts, NearDuplicates.DEFAULT_THRESHOLD));
    }

    @Test
    void malformedInputIsRejected() {
        Map<Long, long[]> shortSignature = Map.of(1L, new long[5]);
        Map<Long, long[]> valid = Map.of(1L, NearDuplicates.signature("text"));

        assertThrows(IllegalArgumentException.class, () -> NearDuplicates.clusters(shortSignature, 0.6));
        assertThrows(IllegalArgumentException.class, () -> NearDuplicates.clusters(valid, 1.5));
        assertThrows(IllegalArgumentException.class, () -> NearDuplicates.clusters(valid, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> NearDuplicates.similarity(new long[128], new long[64]));
    }

    @Test
    void twentyThousandSignaturesAreClusteredWithoutComparingAllPairs() {
        Random random = new Random(42);
        String[] vocabulary = new String[5_000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "term" + Integer.toString(i, 36);
        }
        String[] template = randomWords(random, vocabulary, 60);
        Map<Long, long[]> signatures = new HashMap<>();
        List<Long> campaign = new ArrayList<>();
        for (long id = 1; id <= 20_000; id++) {
            String[] words = randomWords(random, vocabulary, 40 + random.nextInt(40));
            if (id % 100 == 0) {
                words = template.clone();
                words[random.nextInt(words.length)] = "edited";
                campaign.add(id);
            }
            signatures.put(id, NearDuplicates.signature(String.join(" ", words)));
        }

        long start = System.nanoTime();
        List<List<Long>> clusters = NearDuplicates.clusters(signatures, NearDuplicates.DEFAULT_THRESHOLD);
        System.out.printf("clusters() on %d signatures took %d ms%n", signatures.size(),
                (System.nanoTime() - start) / 1_000_000);

        assertEquals(List.of(campaign), clusters);
    }

    private static String[] randomWords(Random random, String[] vocabulary, int count) {
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            words[i] = vocabulary[random.nextInt(vocabulary.length)];
        }
        return words;
    }
}
