package org.stakeholderportal.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertEquals("'=HYPERLINK(\"http://evil\")", CsvCells.cell("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1", CsvCells.cell("+1"));
        assertEquals("'-2", CsvCells.cell("-2"));
        assertEquals("'@SUM(A1)", CsvCells.cell("@SUM(A1)"));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertEquals("Digital Rights Watch", CsvCells.cell("Digital Rights Watch"));
        assertEquals("", CsvCells.cell(null));
        assertEquals("", CsvCells.cell(""));
    }
}
