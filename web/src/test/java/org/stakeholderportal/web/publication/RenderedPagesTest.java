package org.stakeholderportal.web.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RenderedPagesTest {

    private static final long SECOND = 1_000_000_000L;

    private static RenderedPages.Page page(int bytes, long generation, long atNanos) {
        return new RenderedPages.Page(new byte[bytes], "text/html;charset=UTF-8", "en", "\"e\"", 0, generation, atNanos);
    }

    @Test
    void aPageIsServedUntilTheGenerationMovesOn() {
        RenderedPages pages = new RenderedPages(10, 1_000_000, 30 * SECOND);
        assertTrue(pages.get("a", 7, 0).isEmpty());
        pages.put("a", page(100, 7, 0));
        assertTrue(pages.get("a", 7, SECOND).isPresent());
        assertTrue(pages.get("a", 8, SECOND).isEmpty(), "a publication moved the generation on");
        assertEquals(0, pages.size(), "everything of the old generation is dropped at once");
        assertTrue(pages.get("a", 7, SECOND).isEmpty(), "and it does not come back");
    }

    @Test
    void aPageRenderedForAnOlderGenerationIsNotKept() {
        RenderedPages pages = new RenderedPages(10, 1_000_000, 30 * SECOND);
        pages.get("a", 8, 0);
        pages.put("a", page(100, 7, 0));
        assertTrue(pages.get("a", 8, 0).isEmpty(), "rendered before the change became known, it may show the old data");
    }

    @Test
    void aPageExpiresAtTheMaximumAge() {
        RenderedPages pages = new RenderedPages(10, 1_000_000, 30 * SECOND);
        pages.get("a", 1, 5 * SECOND);
        pages.put("a", page(100, 1, 5 * SECOND));
        assertTrue(pages.get("a", 1, 34 * SECOND).isPresent());
        assertTrue(pages.get("a", 1, 35 * SECOND).isEmpty(), "a closing window must show within the maximum age");
        assertEquals(0, pages.size());
        assertEquals(0, pages.bytes());
    }

    @Test
    void theLeastRecentlyUsedPageMakesRoomPastTheCount() {
        RenderedPages pages = new RenderedPages(3, 1_000_000, 30 * SECOND);
        pages.get("a", 1, 0);
        pages.put("a", page(10, 1, 0));
        pages.put("b", page(10, 1, 0));
        pages.put("c", page(10, 1, 0));
        pages.get("a", 1, 0);
        pages.put("d", page(10, 1, 0));
        assertEquals(3, pages.size());
        assertTrue(pages.get("a", 1, 0).isPresent(), "read lately, so kept");
        assertTrue(pages.get("b", 1, 0).isEmpty(), "the least recently used went");
        for (int i = 0; i < 1000; i++) {
            pages.put("crawler?q=" + i, page(10, 1, 0));
        }
        assertEquals(3, pages.size(), "endless query strings never grow it past the cap");
    }

    @Test
    void bytesStayUnderTheCap() {
        long cap = 100_000;
        RenderedPages pages = new RenderedPages(1000, cap, 30 * SECOND);
        pages.get("x", 1, 0);
        for (int i = 0; i < 200; i++) {
            pages.put("p" + i, page(9_000, 1, 0));
            assertTrue(pages.bytes() <= cap, "at most the cap: " + pages.bytes());
        }
        assertEquals(10, pages.size(), "ten pages of 9,000 bytes (plus allowance) fit in 100,000");
        assertEquals(10L * (9_000 + 512), pages.bytes());
        pages.put("p199", page(9_000, 1, 0));
        assertEquals(10, pages.size(), "replacing a page does not count it twice");
        assertEquals(10L * (9_000 + 512), pages.bytes());
    }

    @Test
    void aPageLargerThanAnEighthOfTheCapIsNotKept() {
        RenderedPages pages = new RenderedPages(1000, 80_000, 30 * SECOND);
        pages.get("x", 1, 0);
        pages.put("huge", page(10_000, 1, 0));
        assertFalse(pages.get("huge", 1, 0).isPresent());
        assertEquals(0, pages.bytes());
    }

    @Test
    void noEntriesMeansNoCache() {
        RenderedPages pages = new RenderedPages(0, 1_000_000, 30 * SECOND);
        pages.get("a", 1, 0);
        pages.put("a", page(10, 1, 0));
        assertTrue(pages.get("a", 1, 0).isEmpty());
    }

    @Test
    void ifNoneMatchComparesTagsWeaklyAndInLists() {
        assertTrue(PublicPageCache.matches("\"abc\"", "\"abc\""));
        assertTrue(PublicPageCache.matches("\"x\", W/\"abc\"", "\"abc\""));
        assertTrue(PublicPageCache.matches("*", "\"abc\""));
        assertFalse(PublicPageCache.matches("\"abd\"", "\"abc\""));
        assertFalse(PublicPageCache.matches(null, "\"abc\""));
    }
}
