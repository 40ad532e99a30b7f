package org.rspnavigator.documents.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The formula guard of every CSV export, as OWASP's advice on CSV injection has it: a cell that a
 * spreadsheet could run is written with a leading apostrophe, however it is disguised.
 */
class CsvWriterTest {

    @Test
    void aFormulaCharacterFirstIsGuarded() {
        for (String formula : List.of("=HYPERLINK(\"https://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab",
                "\rReturn")) {
            assertThat(CsvWriter.cell(formula)).as(escaped(formula)).isEqualTo(quoted("'" + formula));
        }
    }

    @Test
    void aFormulaBehindWhiteSpaceOrControlCharactersIsGuarded() {
        for (String formula : List.of(" =1+1", "   +1", "\u00A0-2+3", "\u3000@SUM(A1)", "\n=1+1", "\u0000=1+1",
                "\u200B=1+1", "\uFEFF=1+1", " \t =1+1")) {
            assertThat(CsvWriter.cell(formula)).as(escaped(formula)).isEqualTo(quoted("'" + formula));
        }
    }

    @Test
    void fullwidthFormulaCharactersAreGuarded() {
        for (String formula : List.of("\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)", " \uFF1D1+1")) {
            assertThat(CsvWriter.cell(formula)).as(escaped(formula)).isEqualTo("'" + formula);
        }
    }

    @Test
    void ordinaryCellsAreLeftAlone() {
        for (String text : List.of("", "PACS-16", "Partly met", "a=b", "e-mail", "5 - 3", "  indented", "'quoted",
                "Ｆullwidth letter", "x@example.com")) {
            assertThat(CsvWriter.cell(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void aGuardedCellReadsBackAsItWasWritten() {
        for (String text : List.of("=1+1", " =1+1", "\uFF1D1", "\u3000@x", "\tTab", "PACS-16", "'quoted", "")) {
            String written = CsvWriter.cell(text);
            String unquoted = written.startsWith("\"") ? written.substring(1, written.length() - 1).replace("\"\"", "\"")
                    : written;
            assertThat(CsvWriter.unguard(unquoted)).as(escaped(text)).isEqualTo(text);
        }
    }

    private static String quoted(String cell) {
        boolean quote = cell.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return b.toString();
    }
}
