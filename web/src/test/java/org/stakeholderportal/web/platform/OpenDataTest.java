package org.stakeholderportal.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stakeholderportal.web.publication.OpenDataViews.ProcessView;

class OpenDataTest {

    @Test
    void absentValuesAreWrittenAsNullSoEveryKeyIsThere() {
        assertEquals("{\"code\":null,\"id\":2,\"name\":\"n\",\"officialTimeZone\":\"UTC\"}",
                OpenData.toJson(new ProcessView(2, null, "n", "UTC")));
    }

    @Test
    void recordsAreWrittenWithTheirComponents() {
        assertEquals("[{\"code\":\"AHC\",\"id\":1,\"name\":\"Committee\",\"officialTimeZone\":\"UTC\"}]",
                OpenData.toJson(List.of(new ProcessView(1, "AHC", "Committee", "UTC"))));
    }
}
