package org.stakeholderportal.web.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrganisationsResourceTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertEquals("'=HYPERLINK(\"http://evil\")", OrganisationsResource.cell("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1", OrganisationsResource.cell("+1"));
        assertEquals("'-2", OrganisationsResource.cell("-2"));
        assertEquals("'@SUM(A1)", OrganisationsResource.cell("@SUM(A1)"));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertEquals("Digital Rights Watch", OrganisationsResource.cell("Digital Rights Watch"));
        assertEquals("", OrganisationsResource.cell(null));
        assertEquals("", OrganisationsResource.cell(""));
    }
}
