package org.rspnavigator.documents.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV the way every export of RSP Navigator does: a byte-order mark first (so that Excel
 * reads the file as UTF-8), RFC 4180 quoting, CRLF record ends, and cells that a spreadsheet would
 * run as a formula guarded with a leading apostrophe (CSV injection).
 */
public final class CsvWriter {

    /**
     * Spreadsheets run a cell that starts with one of these as a formula, also behind leading
     * white space, and some take the fullwidth forms (U+FF1D, U+FF0B, U+FF0D, U+FF20) for them.
     */
    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private final StringBuilder out = new StringBuilder("\uFEFF");

    /** Appends one record. */
    public CsvWriter row(List<String> cells) {
        out.append(cells.stream().map(CsvWriter::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    /** What was written, starting with the byte-order mark. */
    public String text() {
        return out.toString();
    }

    /** What was written, encoded as UTF-8. */
    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell: guarded against formulas, then quoted if it holds a comma, quote or line break. */
    public static String cell(String value) {
        String guarded = isFormula(value) ? "'" + value : value;
        if (guarded.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return '"' + guarded.replace("\"", "\"\"") + '"';
        }
        return guarded;
    }

    /**
     * The cell's value as it was before {@link #cell} guarded it: a leading apostrophe in front of
     * a formula character is dropped, so that a file this class wrote reads back unchanged.
     */
    public static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && isFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean isFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        if (value.charAt(0) == '\t' || value.charAt(0) == '\r') {
            return true;
        }
        int i = 0;
        while (i < value.length() && ignoredBeforeFormula(value.codePointAt(i))) {
            i += Character.charCount(value.codePointAt(i));
        }
        return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
    }

    /** White space (also no-break and ideographic spaces), control and format characters (zero-width space, BOM). */
    private static boolean ignoredBeforeFormula(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
                || type == Character.FORMAT;
    }
}
