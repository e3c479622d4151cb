package org.stakeholderportal.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

    @Test
    void aShortSafeIdIsKeptAndAnythingElseReplaced() {
        assertEquals("lb-7f3a.91_x", RequestIdFilter.requestId("lb-7f3a.91_x"));
        for (String unsafe : new String[] {null, "", "two words", "a\nforged line", "x".repeat(65), "<script>", "id;drop"}) {
            String id = RequestIdFilter.requestId(unsafe);
            assertNotEquals(unsafe, id);
            assertTrue(id.matches("[0-9a-f-]{36}"), id);
        }
    }

    @Test
    void requestsAreTimedByAreaNotByPath() {
        assertEquals("api", RequestTimer.area("/api/contributions/17"));
        assertEquals("secretariat", RequestTimer.area("/secretariat/review.xhtml"));
        assertEquals("workspace", RequestTimer.area("/workspace/write/3"));
        assertEquals("resources", RequestTimer.area("/jakarta.faces.resource/theme.css.xhtml"));
        assertEquals("public", RequestTimer.area("/drafts/index.xhtml"));
    }
}
