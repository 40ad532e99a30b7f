package org.rspnavigator.documents.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.xlsx.XlsxWriter.Column;
import org.rspnavigator.documents.xlsx.XlsxWriter.Look;

class XlsxWriterTest {

    private static XSSFWorkbook write(List<?> cells) throws IOException {
        XlsxWriter book = new XlsxWriter("Title", "Subject", "Description");
        XlsxWriter.Table table = book.table("Table", List.of(new Column("A", 10, Look.PLAIN),
                new Column("B", 10, Look.WRAPPED)));
        table.row(cells);
        table.end();
        return new XSSFWorkbook(new ByteArrayInputStream(book.bytes()));
    }

    @Test
    void numbersAreNumbersAndEverythingElseIsText() throws IOException {
        try (XSSFWorkbook book = write(List.of(42, "=SUM(A1:A9)"))) {
            Row row = book.getSheet("Table").getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(42.0);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=SUM(A1:A9)");
        }
    }

    @Test
    void charactersXmlCannotCarryAreLeftOutAndTheFileStillOpens() throws IOException {
        try (XSSFWorkbook book = write(List.of("a\u0000b\u0007c\uFFFEd", "line one\nline two \uD83D\uDE00"))) {
            Row row = book.getSheet("Table").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("abcd");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("line one\nline two \uD83D\uDE00");
        }
    }

    @Test
    void aTextLongerThanACellHoldsIsCutWithAnEllipsis() throws IOException {
        try (XSSFWorkbook book = write(List.of("x".repeat(40_000), "")))  {
            Row row = book.getSheet("Table").getRow(1);
            String cut = row.getCell(0).getStringCellValue();
            assertThat(cut).hasSize(XlsxWriter.MAX_CELL_TEXT).endsWith("x…");
            assertThat(row.getCell(1)).as("an empty text is an empty cell").isNull();
        }
    }

    @Test
    void aRowHasACellPerColumn() {
        XlsxWriter book = new XlsxWriter("Title", "Subject", "Description");
        XlsxWriter.Table table = book.table("Table", List.of(new Column("A", 10, Look.PLAIN)));
        assertThatThrownBy(() -> table.row(List.of("a", "b"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 cells, not 2");
    }
}
