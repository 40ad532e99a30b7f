package org.rspnavigator.documents.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rspnavigator.documents.RenderBudget;

/**
 * Writes the XLSX workbooks of RSP Navigator the same way: a table sheet whose header row is bold,
 * frozen and carries an auto-filter over the whole table, with columns wide enough to read and long
 * texts wrapped; and a sheet of notes that says what the table holds and where it comes from.
 *
 * <p>No cell is ever a formula: every text is written as a string cell, whatever it starts with
 * ({@code =}, {@code +}, {@code -}, {@code @}), so that a spreadsheet shows it and never runs it;
 * only a {@link Number} becomes a numeric cell. That is why this class needs no guard like
 * {@link org.rspnavigator.documents.csv.CsvWriter}'s apostrophe, which would change the text.
 * Characters XML 1.0 cannot carry are left out (a stray control character would make Excel refuse
 * the file), and a text longer than a cell may hold is cut with an ellipsis.
 *
 * <p>One writer makes one workbook; not safe to share between threads.
 */
public final class XlsxWriter {

    /** The most characters a cell holds (Excel's limit, which POI enforces). */
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle plain;
    private final CellStyle wrapped;
    private final CellStyle centred;
    private final CellStyle decimal;

    /**
     * A workbook with these document properties, which file managers and "File › Info" show.
     *
     * @param description what the workbook was made from, e.g. the catalog edition
     */
    public XlsxWriter(String title, String subject, String description) {
        POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
        core.setTitle(clean(title));
        core.setSubjectProperty(clean(subject));
        core.setDescription(clean(description));
        core.setCreator("RSP Navigator");
        core.getUnderlyingProperties().setLanguageProperty("en");

        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        // Not wrapped: a title runs on over the empty cells beside it.
        this.title = book.createCellStyle();
        this.title.setFont(bold);
        plain = book.createCellStyle();
        plain.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = book.createCellStyle();
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped.setWrapText(true);
        centred = book.createCellStyle();
        centred.setVerticalAlignment(VerticalAlignment.TOP);
        centred.setAlignment(HorizontalAlignment.CENTER);
        decimal = book.createCellStyle();
        decimal.setVerticalAlignment(VerticalAlignment.TOP);
        decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
    }

    /**
     * A column of a table sheet.
     *
     * @param width in characters of the default font
     * @param look  how its cells are laid out
     */
    public record Column(String header, int width, Look look) {

        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(look, "look");
            if (width < 1 || width > 255) {
                throw new IllegalArgumentException("a column is 1 to 255 characters wide: " + width);
            }
        }
    }

    /** How the cells of a column are laid out. */
    public enum Look {
        /** On one line: ids, numbers, levels. */
        PLAIN,
        /** Wrapped within the column's width: names, descriptions, footnotes. */
        WRAPPED,
        /** Centred on one line: a mark such as a tick. */
        CENTRED,
        /** A number shown with one decimal ("72.4"), its value kept whole. */
        DECIMAL
    }

    /**
     * Starts a table sheet named {@code name} with a bold header row of the columns' headers,
     * frozen so that it stays in view while the rows scroll.
     */
    public Table table(String name, List<Column> columns) {
        return new Table(book.createSheet(name), List.copyOf(columns));
    }

    /** The rows of one table sheet, written one by one; {@link Table#end()} sets the filter over them. */
    public final class Table {

        private final XSSFSheet sheet;
        private final List<Column> columns;
        private int rows;
        private boolean ended;

        private Table(XSSFSheet sheet, List<Column> columns) {
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table has at least one column");
            }
            this.sheet = sheet;
            this.columns = columns;
            XSSFRow head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                text(head.createCell(i), c.header(), header);
                sheet.setColumnWidth(i, c.width() * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            rows = 1;
        }

        /**
         * Appends one row, a cell per column: a {@link Number} as a number, anything else as the
         * text of {@code String.valueOf}, an empty text as an empty cell.
         */
        public Table row(List<?> cells) {
            if (ended) {
                throw new IllegalStateException("the table has ended");
            }
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + columns.size() + " cells, not " + cells.size());
            }
            RenderBudget.check();
            XSSFRow row = sheet.createRow(rows++);
            for (int i = 0; i < cells.size(); i++) {
                Object value = Objects.requireNonNull(cells.get(i), "cell");
                CellStyle style = switch (columns.get(i).look()) {
                    case PLAIN -> plain;
                    case WRAPPED -> wrapped;
                    case CENTRED -> centred;
                    case DECIMAL -> decimal;
                };
                if (value instanceof Number n) {
                    XSSFCell cell = row.createCell(i);
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(style);
                } else if (!value.toString().isEmpty()) {
                    text(row.createCell(i), value.toString(), style);
                }
            }
            return this;
        }

        /**
         * Prints the sheet on A4 landscape, one page wide, with {@code title} at the head of every
         * page and "Page x of y" at its foot (the header row repeats on every page anyway).
         */
        public Table printLandscape(String title) {
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            // "&" starts a code in a page header ("&D" is the date): doubled, it prints itself.
            sheet.getHeader().setCenter(clean(title).replace("&", "&&"));
            sheet.getFooter().setRight("Page &P of &N");
            return this;
        }

        /** Sets the auto-filter over the header and every row written, so that each column can be filtered and sorted. */
        public void end() {
            ended = true;
            sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, columns.size() - 1));
        }
    }

    /**
     * A sheet of notes named {@code name}: a bold title, then one line per item, its name bold in
     * the first column and its text wrapped in the second.
     */
    public void notes(String name, String title, List<Note> notes) {
        XSSFSheet sheet = book.createSheet(name);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        text(sheet.createRow(0).createCell(0), title, this.title);
        int r = 2;
        for (Note n : notes) {
            XSSFRow row = sheet.createRow(r++);
            text(row.createCell(0), n.name(), header);
            text(row.createCell(1), n.text(), wrapped);
        }
    }

    /** One line of a sheet of notes. */
    public record Note(String name, String text) {
        public Note {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The workbook as an XLSX file; the writer is spent afterwards. */
    public byte[] bytes() {
        try (XSSFWorkbook b = book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            b.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook", e);
        }
    }

    /** A string cell, never a formula, whatever the text starts with. */
    private static void text(XSSFCell cell, String value, CellStyle style) {
        cell.setCellValue(fit(clean(value)));
        cell.setCellStyle(style);
    }

    private static String fit(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int end = MAX_CELL_TEXT - 1;
        return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end) + "…";
    }

    /** {@code text} without the characters XML 1.0 cannot carry. */
    static String clean(String text) {
        return org.rspnavigator.documents.XmlCharacters.clean(text);
    }
}
