package org.stakeholderportal.publication.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stakeholderportal.draft.control.DiffSegment;
import org.stakeholderportal.draft.control.WordDiff;

/** Contributions in the portal's languages, a hostile one, and headings, for the digest tests and the benchmark. */
final class DigestSamples {

    static final Instant GENERATED = Instant.parse("2026-03-02T09:30:00Z");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static final String ENGLISH_TITLE = "Safeguards for cross-border requests";
    static final String ARABIC_TITLE = "حماية البيانات الشخصية";
    static final String CHINESE_TITLE = "个人数据保护";
    static final String RUSSIAN_TITLE = "Защита персональных данных";

    static final String HOSTILE_COMMENT = "<p>Before <script>alert('x')</script> and <img src=x onerror=alert(1)>"
            + " Fish &amp; chips &lt;b&gt; ]]> <strong>bold <em>both</p> tail &unknown; &#0; &#x41;"
            + "<a href=\"javascript:alert(1)\">no link</a> <a href='https://example.org/a?b=1&amp;c=2'>site</a>"
            + "<ul><li>one<li>two</ul></blockquote></div> " + "W".repeat(10_000) + " end";

    private DigestSamples() {
    }

    static DigestHeading heading(Locale locale, long total) {
        Map<String, Long> byArticle = new LinkedHashMap<>();
        byArticle.put("Article 24 — Conditions and safeguards", 3L);
        byArticle.put("Article 35 — General principles of international cooperation", 2L);
        byArticle.put("المادة 40 — المساعدة القانونية المتبادلة", 1L);
        Map<String, Long> byCategory = new LinkedHashMap<>();
        byCategory.put("Non-governmental organisation", 4L);
        byCategory.put("Academic institution", 2L);
        Map<String, Long> byRegion = new LinkedHashMap<>();
        byRegion.put("Western European and other States", 3L);
        byRegion.put("Asia-Pacific States", 2L);
        byRegion.put("African States", 1L);
        Map<String, Long> byType = new LinkedHashMap<>();
        byType.put("General comment", 4L);
        byType.put("Proposed amendment", 2L);
        Map<String, Long> byLanguage = new LinkedHashMap<>();
        byLanguage.put("English", 3L);
        byLanguage.put("Arabic", 1L);
        byLanguage.put("Chinese", 1L);
        byLanguage.put("Russian", 1L);
        return new DigestHeading("Ad Hoc Committee on Cybercrime", "Draft convention on cybercrime",
                "Revised draft text", GENERATED, NEW_YORK, locale, total, byArticle, byCategory, byRegion, byType,
                byLanguage);
    }

    static DigestEntry english(int number) {
        List<DiffSegment> redline = new WordDiff().compare("States Parties shall adopt necessary measures.",
                "States Parties shall promptly adopt proportionate measures.");
        return entry(number, "Digital Rights Watch", "English", ENGLISH_TITLE,
                "<p>We welcome <strong>Article 24</strong> but ask for <em>independent</em> oversight.</p>"
                        + "<ul><li>judicial review</li><li>notice to the person concerned</li></ul>"
                        + "<blockquote>Safeguards must be real.</blockquote>"
                        + "<p>See <a href=\"https://example.org/report\">our report</a>.</p>",
                redline, "Oversight keeps the powers proportionate.");
    }

    static DigestEntry arabic(int number) {
        List<DiffSegment> redline = new WordDiff().compare("تتخذ الدول الأطراف التدابير اللازمة",
                "تتخذ الدول الأطراف فورا التدابير المتناسبة");
        return entry(number, "الشبكة العربية للحقوق الرقمية", "العربية", ARABIC_TITLE,
                "<p>نرحب بهذه المادة ونطلب <strong>ضمانات مستقلة</strong> لحماية البيانات الشخصية.</p>",
                redline, "الضمانات ضرورية لحماية الخصوصية.");
    }

    static DigestEntry chinese(int number) {
        return entry(number, "中国网络空间研究会", "中文", CHINESE_TITLE,
                "<p>我们支持第二十四条，并建议加强个人数据保护。</p>", List.of(), null);
    }

    static DigestEntry russian(int number) {
        return entry(number, "Центр цифровых прав", "Русский", RUSSIAN_TITLE,
                "<p>Мы поддерживаем статью 24 и предлагаем <em>независимый</em> надзор.</p>", List.of(),
                "Надзор обеспечивает соразмерность.");
    }

    static DigestEntry hostile(int number) {
        return entry(number, "<b>Evil</b> & Co ]]>", "English", "<script>alert(1)</script>", HOSTILE_COMMENT,
                List.of(new DiffSegment(DiffSegment.Type.DELETED, "<del>old</del>"),
                        new DiffSegment(DiffSegment.Type.INSERTED, "]]>&new")),
                "Plain\u0000text\u0007 with controls");
    }

    static DigestEntry entry(int number, String organisation, String language, String title, String html,
            List<DiffSegment> redline, String rationale) {
        return new DigestEntry(String.format(Locale.ROOT, "AHC-2026-%04d", number), organisation,
                "Non-governmental organisation", "Western European and other States",
                redline.isEmpty() ? "General comment" : "Proposed amendment", language, title,
                GENERATED.minusSeconds(86_400L * number), html, redline, rationale,
                number % 7 == 0 ? Instant.parse("2026-02-20T12:00:00Z") : null);
    }
}
