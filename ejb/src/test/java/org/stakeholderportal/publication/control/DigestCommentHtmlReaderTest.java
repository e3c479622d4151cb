package org.stakeholderportal.publication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comments are read as the little formatting the portal allows, and everything else as plain text. */
class DigestCommentHtmlReaderTest {

    /** The events as a compact string: [P, {STRONG, text, }STRONG, ... */
    private static String events(String html) {
        List<String> events = new ArrayList<>();
        CommentHtmlReader.read(html, new CommentHtmlReader.Handler() {
            @Override
            public void open(CommentHtmlReader.Tag tag, String href) {
                events.add("[" + tag + (href == null ? "" : " " + href));
            }

            @Override
            public void close(CommentHtmlReader.Tag tag) {
                events.add("]" + tag);
            }

            @Override
            public void text(String text) {
                events.add("'" + text + "'");
            }

            @Override
            public void lineBreak() {
                events.add("BR");
            }
        });
        return String.join(" ", events);
    }

    @Test
    void allowedFormattingBecomesBalancedEventsAndBAndIAreReadAsStrongAndEm() {
        assertEquals("[P 'a ' [STRONG 'b' ]STRONG ' ' [EM 'c' ]EM BR ]P",
                events("<p>a <b>b</b> <i>c</i><br/></p>"));
    }

    @Test
    void unknownTagsAreShownAsTheTextTheyAre() {
        assertEquals("[P '<script>alert(1)</script> <img src=x onerror=\"alert(1)\">' ]P",
                events("<script>alert(1)</script> <img src=x onerror=\"alert(1)\">"));
        assertEquals("[P '<script>x</script>' ]P", events("<p><script>x</script></p>"));
    }

    @Test
    void aCommentWithoutTagsIsPlainTextWithParagraphsAndLineBreaks() {
        assertEquals("[P 'first' BR 'line & more' ]P [P 'second' ]P",
                events("first\nline &amp; more\n\n  \nsecond\n"));
    }

    @Test
    void unbalancedTagsAreClosedAndStrayClosingTagsIgnored() {
        assertEquals("[P [STRONG 'x' ]STRONG ]P ' y' [EM 'z' ]EM", events("<p><strong>x</p></strong> y<em>z"));
    }

    @Test
    void entitiesAreDecodedAndUnknownOnesKept() {
        assertEquals("[P 'Fish & chips <b> \u00a0 A &bogus; \ufffd ]]>' ]P",
                events("<p>Fish &amp; chips &lt;b&gt; &nbsp; &#x41; &bogus; &#0; ]]></p>"));
    }

    @Test
    void onlyWebAndMailAddressesAreKeptAsLinkTargets() {
        assertEquals("[A https://example.org/?a=1&b=2 'site' ]A",
                events("<a href=\"https://example.org/?a=1&amp;b=2\" rel=\"nofollow\">site</a>"));
        assertEquals("[A 'x' ]A", events("<a href=\"javascript:alert(1)\">x</a>"));
        assertEquals("[A mailto:a@b.org 'x' ]A", events("<a href='mailto:a@b.org'>x</a>"));
    }

    @Test
    void aLoneAngleBracketIsText() {
        assertEquals("'1 < 2 and 3 > 2 <' [EM 'x' ]EM", events("1 < 2 and 3 > 2 <<em>x</em>"));
    }

    @Test
    void plainTextSeparatesBlocks() {
        String plain = CommentHtmlReader.plainText("<p>one</p><ul><li>two</li></ul>");
        assertTrue(plain.contains("one") && plain.contains("two"));
        assertFalse(plain.contains("onetwo"));
    }

    @Test
    void printableTextDropsWhatXmlAndFontsCannotCarry() {
        assertEquals("a b c d\uD83D\uDE00", DigestTexts.printable("a\tb\u0000\u0007 c\u0085\uFFFF d\uD800\uD83D\uDE00"));
        assertTrue(DigestTexts.isRightToLeft("« حماية » data", false));
        assertFalse(DigestTexts.isRightToLeft("2026 data حماية", true));
        assertTrue(DigestTexts.isRightToLeft("2026 ...", true));
    }
}
