package org.rspnavigator.documents.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading back the workbooks the exports write, as a spreadsheet user would see them. */
public final class Workbooks {

    private static final DataFormatter FORMAT = new DataFormatter();

    private Workbooks() {
    }

    public static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** Every row of a sheet as the texts a reader sees, header first, all as wide as the widest. */
    public static List<List<String>> rows(Sheet sheet) {
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                cells.add(FORMAT.formatCellValue(row.getCell(i)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** No cell of any sheet is a formula, whatever text was written into it. */
    public static void assertNoFormulas(XSSFWorkbook book) {
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }
}
