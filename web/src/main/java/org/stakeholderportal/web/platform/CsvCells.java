package org.stakeholderportal.web.platform;

/** CSV for spreadsheets: text a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection). */
public final class CsvCells {

    private CsvCells() {
    }

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
