package org.stakeholderportal.contribution.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommentMarkupTest {

    /** The same allow-list the server applies before storing a comment. */
    private static final PolicyFactory SERVER_POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "blockquote", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private static String sanitize(String html) {
        return SERVER_POLICY.sanitize(html);
    }

    /** Markdown a stakeholder might type; each sample stresses a different part of the subset. */
    static Stream<String> typedComments() {
        return Stream.of(
                "Plain sentence without any markup.",
                "نرحب بهذا **الاقتراح** ونقترح تعديل *المادة* ٣ من المعاهدة.",
                "我们支持第**三**条。\n建议增加*过渡期*，见 [说明](https://example.org/说明)。",
                "snake_case_name and 2*3 = 6 and a * b and __init__ and _leading",
                "1\\. starts with a number but is not a list\n2020\\. neither is this",
                "- item with **bold *nested* text**\n- item with [a link](https://example.org/a_b?x=1&y=2)\n- plain",
                "1. first *emphasis*\n2. second <https://example.org/path>\n3. third",
                "> quoted **strong**\n> second line\n\nAfter the quote.",
                "line one\nline two  \nline three\\\nline four",
                "Mail <someone@example.org> or [us](mailto:us@example.org).",
                "Literal \\*stars\\* and \\_underscores\\_ and \\[brackets\\] and \\<tags\\> and \\# hash",
                "<script>alert(1)</script> & <img src=x onerror=alert(1)>\n<div onclick=\"x\">div</div>",
                "Entities &amp; &copy; &#35; \\&amp; and AT&T",
                "***both*** and **_strong em_** and *__em strong__* and ***strong** em*",
                "- loose a\n\n- loose b\n\n  second paragraph of b",
                "- outer\n  - inner *x*\n  - inner [link](https://example.org)\n- next",
                "- first list\n\n* second list\n\n1. ordered\n\n1) another ordered",
                "# not a heading\n```\nnot a code block\n```\n`span` ![alt text](https://example.org/i.png)\n\n---",
                "Back\\slash C:\\Users\\x and trailing\\\\",
                "[javascript](javascript:alert(1)) and [relative](/relative) and <javascript:alert(2)>",
                "Mixed العربية and 中文 with `code` and a_b_c_ and *(parenthesised)* and **\"quoted\"**",
                "> - list in a quote\n> - second\n>\n> paragraph in the quote",
                "a\\\n\\\nb",
                "+ plus bullet\n+ second\n\ntext with - dash and 1. number inside");
    }

    /** HTML as the server may have stored it, including the legacy line-break format. */
    static Stream<String> storedComments() {
        return Stream.of(
                "<p>One <strong>bold</strong> word</p><ul><li>a</li><li>b</li></ul>"
                        + "<p><a href=\"https://example.org\" rel=\"nofollow noopener\">site</a></p>",
                "<p>line one<br>line two</p><p>second paragraph</p>",
                "<p>- not a list<br />1. not a list<br />&gt; not a quote<br /># not a heading<br />+ plus</p>",
                "<p>*literal* _x_ snake_case_name 2*3 [a](b) &lt;c&gt; \\ e &amp;amp; `tick`</p>",
                "<p>نص عربي مع <em>تأكيد</em> و<strong>خط عريض</strong></p><p>中文评论<br />第二行</p>",
                "<ul><li><strong>a <em>b</em></strong> <a href=\"https://example.org/x?y=1&amp;z=2\" "
                        + "rel=\"nofollow noopener\">c</a></li><li>d</li></ul>",
                "<blockquote><p>quoted</p><ul><li>x</li></ul></blockquote><p>after</p>",
                "<p><br />leading break</p><p>a<br /><br />b</p>",
                "<ol><li><p>a</p></li><li><p>b</p><p>b2</p></li></ol>",
                "<p><strong><em>a</em></strong> <em><strong>b</strong></em> <em><em>c</em> d</em></p>",
                "<p>x<strong>y</strong>z and <em>a</em>-<em>b</em> and <strong>«قول»</strong></p>",
                "<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>",
                "<ul><li>a</li></ul><ul><li>b</li></ul><ol><li>c</li></ol><ol><li>d</li></ol>",
                "<p><a href=\"mailto:someone@example.org\">someone@example.org</a> "
                        + "<a href=\"https://example.org/a(b)\">https://example.org/a(b)</a></p>",
                "<p>a&nbsp;b &#233;&#xE9; &quot;q&quot; &#39;s&#39;</p>");
    }

    @Nested
    class Rendering_markdown {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\n\t\n"})
        void blank_input_gives_empty_html(String markdown) {
            assertEquals("", CommentMarkup.toHtml(markdown));
        }

        @Test
        void blank_lines_separate_paragraphs() {
            assertEquals("<p>one</p>\n<p>two</p>\n", CommentMarkup.toHtml("one\n\ntwo"));
        }

        @Test
        void a_single_newline_becomes_a_line_break() {
            assertEquals("<p>line one<br>line two</p>\n", CommentMarkup.toHtml("line one\nline two"));
        }

        @Test
        void hard_line_breaks_become_line_breaks_too() {
            assertEquals("<p>a<br />\nb</p>\n", CommentMarkup.toHtml("a  \nb"));
            assertEquals("<p>a<br />\nb</p>\n", CommentMarkup.toHtml("a\\\nb"));
        }

        @Test
        void asterisks_and_underscores_make_strong_and_emphasis() {
            assertEquals("<p><strong>bold</strong> <em>it</em> <em>it</em> <strong>b</strong></p>\n",
                    CommentMarkup.toHtml("**bold** *it* _it_ __b__"));
        }

        @Test
        void dash_lines_make_a_bullet_list() {
            assertEquals("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n", CommentMarkup.toHtml("- a\n- b"));
        }

        @Test
        void numbered_lines_make_an_ordered_list_without_a_start_attribute() {
            assertEquals("<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n", CommentMarkup.toHtml("1. a\n2. b"));
            assertEquals("<ol>\n<li>c</li>\n<li>d</li>\n</ol>\n", CommentMarkup.toHtml("3. c\n4. d"));
        }

        @Test
        void greater_than_lines_make_a_block_quote() {
            assertEquals("<blockquote>\n<p>quoted<br>more</p>\n</blockquote>\n",
                    CommentMarkup.toHtml("> quoted\n> more"));
        }

        @Test
        void links_render_as_anchors_without_their_title() {
            String html = CommentMarkup.toHtml("[site](https://example.org/a?b=1&c=2 \"Title\")");
            assertTrue(html.contains("href=\"https://example.org/a?b=1&amp;c=2\""), html);
            assertTrue(html.contains(">site</a>"), html);
            assertFalse(html.contains("title"), html);
        }

        @Test
        void autolinks_render_as_anchors_showing_the_address() {
            assertTrue(CommentMarkup.toHtml("<https://example.org/x>")
                    .contains("href=\"https://example.org/x\">https://example.org/x</a>"));
            assertTrue(CommentMarkup.toHtml("<someone@example.org>")
                    .contains("href=\"mailto:someone@example.org\">someone@example.org</a>"));
        }

        @Test
        void typed_script_tags_are_shown_as_text() {
            assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n",
                    CommentMarkup.toHtml("<script>alert(1)</script>"));
        }

        @Test
        void typed_image_tags_with_handlers_are_shown_as_text() {
            assertEquals("<p>&lt;img src=x onerror=alert(1)&gt;</p>\n",
                    CommentMarkup.toHtml("<img src=x onerror=alert(1)>"));
            assertEquals("<p>before &lt;img src=x onerror=alert(1)&gt; after</p>\n",
                    CommentMarkup.toHtml("before <img src=x onerror=alert(1)> after"));
        }

        @Test
        void typed_html_blocks_are_shown_as_text() {
            String html = CommentMarkup.toHtml("<div onclick=\"steal()\">\n<b>x</b>\n</div>");
            assertFalse(html.contains("<div"), html);
            assertFalse(html.contains("<b>"), html);
            assertTrue(html.contains("&lt;div onclick=&quot;steal()&quot;&gt;"), html);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "[click](javascript:alert(1))",
                "[click](JavaScript:alert(1))",
                "[click](java&#115;cript:alert(1))",
                "[click]( javascript:alert(1) )",
                "[click](<javascript:alert(1)>)",
                "[click](data:text/html,<script>alert(1)</script>)",
                "[click](vbscript:msgbox)",
                "[click](/relative/path)",
                "[click](ftp://example.org/file)",
                "[click][ref]\n\n[ref]: javascript:alert(1)"})
        void links_to_anything_but_web_or_mail_addresses_are_plain_text(String markdown) {
            String html = CommentMarkup.toHtml(markdown);
            assertFalse(html.contains("<a"), html);
            assertTrue(html.contains("click"), html);
        }

        @Test
        void javascript_autolinks_are_plain_text() {
            assertEquals("<p>javascript:alert(1)</p>\n", CommentMarkup.toHtml("<javascript:alert(1)>"));
        }

        @Test
        void headings_stay_paragraph_text() {
            assertEquals("<p># Title</p>\n", CommentMarkup.toHtml("# Title"));
            assertEquals("<p>Title<br>=====</p>\n", CommentMarkup.toHtml("Title\n====="));
        }

        @Test
        void code_blocks_and_code_spans_render_as_plain_text() {
            assertEquals("<p>x = 1</p>\n", CommentMarkup.toHtml("```\nx = 1\n```"));
            assertEquals("<p>indented</p>\n", CommentMarkup.toHtml("    indented"));
            assertEquals("<p>use a &lt;b&gt; tag</p>\n", CommentMarkup.toHtml("use a `<b>` tag"));
        }

        @Test
        void images_render_as_their_alt_text() {
            assertEquals("<p>see a <em>chart</em></p>\n",
                    CommentMarkup.toHtml("see ![a *chart*](https://example.org/c.png \"t\")"));
        }

        @Test
        void thematic_breaks_stay_text() {
            String html = CommentMarkup.toHtml("above\n\n---\n\n___");
            assertFalse(html.contains("<hr"), html);
            assertTrue(html.contains("<p>---</p>"), html);
        }

        @Test
        void thousands_of_nested_lists_and_quotes_are_flattened_instead_of_overflowing_the_stack() {
            String lists = CommentMarkup.toHtml("- ".repeat(3000) + "**deep** text");
            String quotes = CommentMarkup.toHtml("> ".repeat(6000) + "quoted");
            assertAll(
                    () -> assertTrue(lists.contains("deep text"), lists),
                    () -> assertTrue(lists.length() < 2000, "flattened, not 3000 levels deep"),
                    () -> assertEquals(canonical(lists), canonical(sanitize(lists))),
                    () -> assertTrue(quotes.contains("quoted"), quotes),
                    () -> assertEquals(canonical(quotes), canonical(sanitize(quotes))));
        }

        @Test
        void nesting_within_the_limit_is_kept() {
            String html = CommentMarkup.toHtml("- a\n  - b\n    - c\n      > **d**");
            assertEquals("<ul>\n<li>a\n<ul>\n<li>b\n<ul>\n<li>c\n<blockquote>\n<p><strong>d</strong></p>\n"
                    + "</blockquote>\n</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n", html);
        }

        @ParameterizedTest
        @MethodSource("org.stakeholderportal.contribution.control.CommentMarkupTest#typedComments")
        void output_passes_the_server_policy_unchanged_apart_from_link_rels(String markdown) {
            String html = CommentMarkup.toHtml(markdown);
            assertFalse(html.isBlank());
            assertEquals(canonical(html), canonical(sanitize(html)));
        }
    }

    @Nested
    class Converting_stored_html_back {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "\n"})
        void blank_input_gives_empty_markdown(String html) {
            assertEquals("", CommentMarkup.toMarkdown(html));
        }

        @Test
        void the_server_example_becomes_the_markdown_it_came_from() {
            assertEquals("One **bold** word\n\n- a\n- b\n\n[site](https://example.org)",
                    CommentMarkup.toMarkdown("<p>One <strong>bold</strong> word</p><ul><li>a</li><li>b</li></ul>"
                            + "<p><a href=\"https://example.org\" rel=\"nofollow noopener\">site</a></p>"));
        }

        @Test
        void legacy_line_breaks_become_newlines() {
            assertEquals("line one\nline two\n\nsecond paragraph",
                    CommentMarkup.toMarkdown("<p>line one<br>line two</p><p>second paragraph</p>"));
        }

        @Test
        void plain_text_without_tags_keeps_its_lines_and_paragraphs() {
            String markdown = CommentMarkup.toMarkdown("first line\r\nsecond line\n\n\nnext & more <3");
            assertEquals("first line\nsecond line\n\nnext & more \\<3", markdown);
            assertEquals("<p>first line<br>second line</p>\n<p>next &amp; more &lt;3</p>\n",
                    CommentMarkup.toHtml(markdown));
        }

        @Test
        void entities_are_decoded() {
            assertEquals("& \\<b\\> \"q\" 's' é é a\u00a0b",
                    CommentMarkup.toMarkdown("<p>&amp; &lt;b&gt; &quot;q&quot; &#39;s&#39; &#233; &#xE9; a&nbsp;b</p>"));
        }

        @Test
        void b_and_i_become_strong_and_emphasis_and_u_keeps_only_its_text() {
            assertEquals("**bold** *it* under",
                    CommentMarkup.toMarkdown("<p><b>bold</b> <i>it</i> <u>under</u></p>"));
        }

        @Test
        void unknown_tags_are_transparent_and_keep_their_text() {
            assertEquals("a b c alert(1)\n\nd",
                    CommentMarkup.toMarkdown("<p>a <span class=\"x\">b</span> <font color=red>c</font> "
                            + "<script>alert(1)</script></p><div>d</div><!-- note -->"));
        }

        @Test
        void a_lone_less_than_sign_is_text() {
            assertEquals("1 \\< 2 and 3 \\> 2", CommentMarkup.toMarkdown("<p>1 < 2 and 3 > 2</p>"));
        }

        @Test
        void markdown_characters_in_text_are_escaped() {
            assertEquals("\\*literal\\* \\_x\\_ snake_case_name 2\\*3 \\[a\\](b) \\<c\\> \\ e \\&amp; \\`tick\\`",
                    CommentMarkup.toMarkdown(
                            "<p>*literal* _x_ snake_case_name 2*3 [a](b) &lt;c&gt; \\ e &amp;amp; `tick`</p>"));
        }

        @Test
        void lines_that_look_like_block_markup_stay_text() {
            String markdown = CommentMarkup.toMarkdown(
                    "<p>- not a list<br>1. not a list<br>&gt; not a quote<br># not a heading<br>+ plus</p>");
            assertEquals("\\- not a list\n1\\. not a list\n\\> not a quote\n\\# not a heading\n\\+ plus", markdown);
            String html = CommentMarkup.toHtml(markdown);
            assertAll(
                    () -> assertFalse(html.contains("<ul"), html),
                    () -> assertFalse(html.contains("<ol"), html),
                    () -> assertFalse(html.contains("<blockquote"), html));
        }

        @Test
        void links_with_forbidden_protocols_keep_only_their_text() {
            assertEquals("click here",
                    CommentMarkup.toMarkdown("<p><a href=\"javascript:alert(1)\">click</a> here</p>"));
        }

        @Test
        void autolinks_come_back_as_autolinks() {
            assertEquals("<https://example.org/x> <someone@example.org>",
                    CommentMarkup.toMarkdown("<p><a href=\"https://example.org/x\">https://example.org/x</a> "
                            + "<a href=\"mailto:someone@example.org\">someone@example.org</a></p>"));
        }

        @Test
        void nested_lists_stay_nested() {
            assertEquals("- a\n  - b\n- c",
                    CommentMarkup.toMarkdown("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"));
        }

        @Test
        void adjacent_lists_of_one_kind_get_different_markers_to_stay_separate() {
            assertEquals("- a\n\n* b", CommentMarkup.toMarkdown("<ul><li>a</li></ul><ul><li>b</li></ul>"));
        }

        @Test
        void emphasis_directly_inside_strong_uses_underscores() {
            assertEquals("**_a_**", CommentMarkup.toMarkdown("<p><strong><em>a</em></strong></p>"));
        }

        @Test
        void whitespace_at_the_edge_of_emphasis_moves_outside_the_markers() {
            assertEquals("a **b** c", CommentMarkup.toMarkdown("<p>a<strong> b </strong>c</p>"));
        }

        @Test
        void touching_runs_of_the_same_emphasis_are_joined() {
            assertEquals("**ab** *cd*",
                    CommentMarkup.toMarkdown("<p><strong>a</strong><strong>b</strong> <em>c</em><i>d</i></p>"));
        }

        @Test
        void spaces_in_stored_link_addresses_are_percent_encoded() {
            String markdown = CommentMarkup.toMarkdown("<p><a href=\"https://example.org/a b(c)\">x</a></p>");
            assertEquals("[x](https://example.org/a%20b\\(c\\))", markdown);
            assertTrue(CommentMarkup.toHtml(markdown).contains("href=\"https://example.org/a%20b(c)\""));
        }

        @Test
        void deeply_nested_stored_html_does_not_overflow_the_stack() {
            String html = "<blockquote><strong>".repeat(20000) + "x";
            String markdown = CommentMarkup.toMarkdown(html);
            assertTrue(markdown.length() < 1000, "deeper tags are ignored");
            assertTrue(CommentMarkup.toHtml(markdown).contains("<strong>x</strong>"), markdown);
        }

        @Test
        void malformed_html_keeps_its_text() {
            assertAll(
                    () -> assertEquals("unclosed **bold**\n\nnext",
                            CommentMarkup.toMarkdown("<p>unclosed <strong>bold<p>next")),
                    () -> assertEquals("stray **x**", CommentMarkup.toMarkdown("</p></li></ul>stray <b>x")),
                    () -> assertEquals("- orphan\n- item", CommentMarkup.toMarkdown("<li>orphan</li><li>item</li>")),
                    () -> assertEquals("\\<p attr=\"open\\>text",
                            CommentMarkup.toMarkdown("<p attr=\"open>text")));
        }

        @ParameterizedTest
        @MethodSource("org.stakeholderportal.contribution.control.CommentMarkupTest#storedComments")
        void rendering_the_markdown_again_gives_equivalent_html(String storedHtml) {
            String markdown = CommentMarkup.toMarkdown(storedHtml);
            assertEquals(canonical(storedHtml), canonical(CommentMarkup.toHtml(markdown)), markdown);
        }
    }

    @Nested
    class Round_trip {

        @ParameterizedTest
        @MethodSource("org.stakeholderportal.contribution.control.CommentMarkupTest#typedComments")
        void markdown_from_sanitised_html_renders_to_the_same_sanitised_html(String typed) {
            String stored = sanitize(CommentMarkup.toHtml(typed));
            String markdown = CommentMarkup.toMarkdown(stored);
            assertEquals(canonical(stored), canonical(CommentMarkup.toHtml(markdown)), markdown);
        }

        @ParameterizedTest
        @MethodSource("org.stakeholderportal.contribution.control.CommentMarkupTest#typedComments")
        void editing_a_comment_again_does_not_change_its_markdown(String typed) {
            String once = CommentMarkup.toMarkdown(sanitize(CommentMarkup.toHtml(typed)));
            String twice = CommentMarkup.toMarkdown(sanitize(CommentMarkup.toHtml(once)));
            assertEquals(once, twice);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "One **bold** word\n\n- a\n- b",
                "نرحب *بكم* في **المشاورة**",
                "我们支持第**三**条。\n建议增加过渡期。",
                "snake_case_name stays readable",
                "> quoted\n> text\n\nreply",
                "1. first\n2. second",
                "[site](https://example.org) and <https://example.org/x> and <someone@example.org>",
                "- outer\n  - inner\n- next",
                "Ends with *emphasis*."})
        void typical_comments_come_back_exactly_as_typed(String typed) {
            assertEquals(typed, CommentMarkup.toMarkdown(sanitize(CommentMarkup.toHtml(typed))));
        }

        @Test
        void conversions_give_the_same_results_from_many_threads() throws Exception {
            List<String> samples = typedComments().toList();
            List<String> expected = samples.stream().map(CommentRoundTrip::apply).toList();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<String>>> futures = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    futures.add(pool.submit(() -> {
                        List<String> results = new ArrayList<>();
                        for (int round = 0; round < 20; round++) {
                            results = samples.stream().map(CommentRoundTrip::apply).toList();
                        }
                        return results;
                    }));
                }
                for (Future<List<String>> future : futures) {
                    assertEquals(expected, future.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class The_html_comparison_used_by_these_tests {

        @Test
        void ignores_rels_entity_spelling_self_closing_slashes_and_whitespace_between_blocks() {
            assertEquals(canonical("<p>a &amp; \"b\"<br>c</p>\n<ul><li><a href=\"https://x.org/?a=1&amp;b=2\">l</a></li></ul>"),
                    canonical("<p>a &#38; &#34;b&#34;<br />\nc</p><ul>\n<li><a href=\"https://x.org/?a&#61;1&amp;b&#61;2\" "
                            + "rel=\"nofollow noopener\">l</a></li></ul>"));
        }

        @Test
        void still_sees_changed_text_tags_attributes_and_inline_spaces() {
            assertAll(
                    () -> assertFalse(canonical("<p>a</p>").equals(canonical("<p>b</p>"))),
                    () -> assertFalse(canonical("<p><em>a</em></p>").equals(canonical("<p><strong>a</strong></p>"))),
                    () -> assertFalse(canonical("<ol start=\"3\"><li>a</li></ol>").equals(canonical("<ol><li>a</li></ol>"))),
                    () -> assertFalse(canonical("<p><a href=\"\">a</a></p>").equals(canonical("<p>a</p>"))),
                    () -> assertFalse(canonical("<p>a <em>b</em></p>").equals(canonical("<p>a<em>b</em></p>"))),
                    () -> assertFalse(canonical("<p>a&lt;b&gt;</p>").equals(canonical("<p>a<b></p>"))));
        }
    }

    private static final class CommentRoundTrip {
        static String apply(String markdown) {
            String html = CommentMarkup.toHtml(markdown);
            return html + "\u0000" + CommentMarkup.toMarkdown(html);
        }
    }

    // ---- An independent HTML normaliser, so the tests do not trust the reader under test ----

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*?)/?>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([A-Za-z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final Pattern ENTITY = Pattern.compile("&(?:#([0-9]+)|#[xX]([0-9A-Fa-f]+)|([A-Za-z]+));");
    private static final Map<String, String> ENTITIES =
            Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0");
    private static final List<String> BOUNDARIES = List.of("p", "ul", "ol", "li", "blockquote", "br");

    /**
     * Tags with sorted attributes (rel dropped), text with entities decoded and whitespace collapsed,
     * whitespace next to block boundaries and line breaks removed: two HTML strings with the same
     * canonical form display the same.
     */
    static String canonical(String html) {
        List<String[]> tokens = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        int last = 0;
        while (tag.find()) {
            addText(tokens, html.substring(last, tag.start()));
            String name = tag.group(2).toLowerCase();
            if (tag.group(1).isEmpty()) {
                Map<String, String> attributes = new TreeMap<>();
                Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
                while (attribute.find()) {
                    String value = Stream.of(attribute.group(2), attribute.group(3), attribute.group(4))
                            .filter(v -> v != null).findFirst().orElse("");
                    attributes.put(attribute.group(1).toLowerCase(), decode(value));
                }
                attributes.remove("rel");
                StringBuilder open = new StringBuilder("<").append(name);
                attributes.forEach((k, v) -> open.append(' ').append(k).append("=\"")
                        .append(v.replace("&", "&amp;").replace("\"", "&quot;")).append('"'));
                tokens.add(new String[] {"tag", name, open.append('>').toString()});
            } else {
                tokens.add(new String[] {"tag", name, "</" + name + ">"});
            }
            last = tag.end();
        }
        addText(tokens, html.substring(last));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String[] token = tokens.get(i);
            if (token[0].equals("tag")) {
                out.append(token[2]);
                continue;
            }
            String text = token[2];
            if (i == 0 || BOUNDARIES.contains(tokens.get(i - 1)[1])) {
                text = text.stripLeading();
            }
            if (i == tokens.size() - 1 || BOUNDARIES.contains(tokens.get(i + 1)[1])) {
                text = text.stripTrailing();
            }
            out.append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        }
        return out.toString();
    }

    private static void addText(List<String[]> tokens, String raw) {
        if (!raw.isEmpty()) {
            String text = decode(raw).replaceAll("[ \\t\\r\\n\\f]+", " ");
            tokens.add(new String[] {"text", "#text", text});
        }
    }

    private static String decode(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String replacement;
            if (entity.group(1) != null) {
                replacement = Character.toString(Integer.parseInt(entity.group(1)));
            } else if (entity.group(2) != null) {
                replacement = Character.toString(Integer.parseInt(entity.group(2), 16));
            } else {
                replacement = ENTITIES.getOrDefault(entity.group(3), entity.group());
            }
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return entity.appendTail(out).toString();
    }
}
