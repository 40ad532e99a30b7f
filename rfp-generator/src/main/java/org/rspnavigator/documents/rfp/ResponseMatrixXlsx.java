package org.rspnavigator.documents.rfp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rspnavigator.documents.RenderBudget;
import org.rspnavigator.documents.XmlCharacters;

/**
 * The vendor response matrix as a workbook a bid team fills in:
 *
 * <ul>
 * <li>"Responses": one row per requirement, in the order the RFP section prints them. The requirement
 * columns are locked; the bidder's columns (response, roadmap date, evidence reference, comment) are
 * open. The response is chosen from a drop-down of the five answers and the roadmap date must be a
 * date. The header row is frozen and filtered, and the sheet prints landscape on A4, one page wide,
 * the header repeated on every page and the project in the page header.</li>
 * <li>"Answers": what each answer means for the evaluation, as the RFP section states it.</li>
 * <li>{@value #ID_SHEET} (hidden): which project, revision, date of issue and catalog edition the
 * matrix was made for, so that a returned matrix can be matched to them when it is read back.</li>
 * </ul>
 *
 * <p>The sheet is protected without a password: it keeps the requirement text from being changed by
 * accident, not by intent, and any reader can lift it. Every text is a string cell, never a formula.
 */
final class ResponseMatrixXlsx {

    /** The name of the hidden sheet that identifies the matrix. */
    static final String ID_SHEET = "rsp-navigator";
    /** What the hidden sheet says the workbook is. */
    static final String FORMAT = "rsp-navigator/response-matrix";
    static final int FORMAT_VERSION = 1;

    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private record Column(String header, int width, boolean bidder, Function<RfpContent.Item, String> value) {
    }

    static final List<String> HEADERS = List.of("No.", "Level", "System", "Category", "Requirement", "Subject",
            "Response", "Roadmap date (yyyy-mm-dd)", "Evidence reference", "Comment", "Unconfirmed IHE facts");

    private static final List<Column> COLUMNS = List.of(
            new Column(HEADERS.get(0), 16, false, RfpContent.Item::number),
            new Column(HEADERS.get(1), 9, false, RfpContent.Item::level),
            new Column(HEADERS.get(2), 18, false, i -> i.system().name()),
            new Column(HEADERS.get(3), 18, false, i -> i.category().label()),
            new Column(HEADERS.get(4), 70, false, RfpContent.Item::text),
            new Column(HEADERS.get(5), 28, false, RfpContent.Item::subjectLine),
            new Column(HEADERS.get(6), 16, true, i -> ""),
            new Column(HEADERS.get(7), 14, true, i -> ""),
            new Column(HEADERS.get(8), 30, true, i -> ""),
            new Column(HEADERS.get(9), 40, true, i -> ""),
            new Column(HEADERS.get(10), 30, false, i -> String.join("; ",
                    i.unconfirmed().stream().map(RfpContent.Unconfirmed::line).toList())));

    /** The column of the response, and of the roadmap date (0-based). */
    static final int RESPONSE = 6;
    static final int ROADMAP = 7;

    private ResponseMatrixXlsx() {
    }

    static byte[] render(RfpContent c) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
            core.setTitle(clean("Vendor response matrix — " + c.projectName));
            core.setSubjectProperty(clean("Response matrix of " + c.projectName + ", revision " + c.doc.version()));
            core.setDescription(clean("Catalog edition " + c.edition().edition() + " (" + c.edition().sourceDocument()
                    + ")"));
            core.setCreator("RSP Navigator");
            responses(book, c);
            answers(book);
            identity(book, c);
            book.setActiveSheet(0);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the response matrix", e);
        }
    }

    private static void responses(XSSFWorkbook book, RfpContent c) {
        XSSFSheet sheet = book.createSheet("Responses");
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle locked = book.createCellStyle();
        locked.setWrapText(true);
        locked.setVerticalAlignment(VerticalAlignment.TOP);
        locked.setLocked(true);
        CellStyle open = book.createCellStyle();
        open.setWrapText(true);
        open.setVerticalAlignment(VerticalAlignment.TOP);
        open.setLocked(false);
        open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle date = book.createCellStyle();
        date.cloneStyleFrom(open);
        date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));

        XSSFRow head = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            text(head.createCell(i), COLUMNS.get(i).header(), header);
            sheet.setColumnWidth(i, COLUMNS.get(i).width() * 256);
        }
        int r = 1;
        for (RfpContent.Item item : c.items) {
            RenderBudget.check();
            XSSFRow row = sheet.createRow(r++);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Column col = COLUMNS.get(i);
                XSSFCell cell = row.createCell(i);
                if (col.bidder()) {
                    cell.setCellStyle(i == ROADMAP ? date : open);
                } else {
                    text(cell, col.value().apply(item), locked);
                }
            }
        }
        int last = Math.max(1, r - 1);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint answers = helper.createExplicitListConstraint(
                RfpWording.ANSWERS.stream().map(RfpWording.Answer::word).toArray(String[]::new));
        DataValidation response = helper.createValidation(answers, new CellRangeAddressList(1, last, RESPONSE, RESPONSE));
        response.setShowErrorBox(true);
        response.setErrorStyle(DataValidation.ErrorStyle.STOP);
        response.createErrorBox("Response", "Choose one of: " + RfpWording.answerList() + ".");
        response.setShowPromptBox(true);
        response.createPromptBox("Response", "Comply, Partial, Roadmap (with a date), No, or Not applicable (with the "
                + "reason in the comment).");
        response.setSuppressDropDownArrow(true);
        sheet.addValidationData(response);
        DataValidationConstraint dates = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "DATE(2000,1,1)", "DATE(2100,12,31)", "yyyy-mm-dd");
        DataValidation roadmap = helper.createValidation(dates, new CellRangeAddressList(1, last, ROADMAP, ROADMAP));
        roadmap.setShowErrorBox(true);
        roadmap.setErrorStyle(DataValidation.ErrorStyle.STOP);
        roadmap.createErrorBox("Roadmap date", "Enter the committed delivery date as a date, yyyy-mm-dd.");
        sheet.addValidationData(roadmap);

        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, COLUMNS.size() - 1));
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setPrintGridlines(true);
        // "&" starts a code in a page header ("&D" prints the date): "R&D" is written "R&&D".
        sheet.getHeader().setCenter(clean(c.projectName + " — vendor response matrix, revision " + c.doc.version())
                .replace("&", "&&"));
        sheet.getFooter().setRight("Page &P of &N");
        // Protected without a password: the requirements stay as written, the bidder's columns stay open,
        // and filtering, sorting and resizing still work.
        sheet.protectSheet("");
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private static void answers(XSSFWorkbook book) {
        XSSFSheet sheet = book.createSheet("Answers");
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle strong = book.createCellStyle();
        strong.setFont(bold);
        strong.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle wrapped = book.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        text(sheet.createRow(0).createCell(0), RfpWording.READ_ANSWERS, strong);
        XSSFRow head = sheet.createRow(2);
        text(head.createCell(0), "Response", strong);
        text(head.createCell(1), "The bidder adds", strong);
        text(head.createCell(2), "What it means for the evaluation", strong);
        int r = 3;
        for (RfpWording.Answer a : RfpWording.ANSWERS) {
            XSSFRow row = sheet.createRow(r++);
            text(row.createCell(0), a.word(), strong);
            text(row.createCell(1), a.bidderAdds(), wrapped);
            text(row.createCell(2), upperFirst(a.meaning()), wrapped);
        }
        text(sheet.createRow(r + 1).createCell(0), RfpWording.READ_SCORING, wrapped);
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, 2));
        sheet.protectSheet("");
    }

    /** The hidden sheet: what the matrix was made for, one name and value per row. */
    private static void identity(XSSFWorkbook book, RfpContent c) {
        XSSFSheet sheet = book.createSheet(ID_SHEET);
        String[][] facts = {
            {"format", FORMAT},
            {"formatVersion", String.valueOf(FORMAT_VERSION)},
            {"project", c.projectName},
            {"organization", c.organization},
            {"revision", String.valueOf(c.doc.version())},
            {"issued", c.issuedDate().toString()},
            {"catalogEdition", c.edition().edition()},
            {"requirements", String.valueOf(c.items.size())},
        };
        CellStyle plain = book.createCellStyle();
        for (int i = 0; i < facts.length; i++) {
            XSSFRow row = sheet.createRow(i);
            text(row.createCell(0), facts[i][0], plain);
            text(row.createCell(1), facts[i][1], plain);
        }
        sheet.protectSheet("");
        book.setSheetVisibility(book.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }

    /** A string cell, never a formula, whatever the text starts with. */
    private static void text(XSSFCell cell, String value, CellStyle style) {
        String clean = clean(value);
        if (clean.length() > MAX_CELL_TEXT) {
            clean = clean.substring(0, MAX_CELL_TEXT - 1) + "…";
        }
        cell.setCellValue(clean);
        cell.setCellStyle(style);
    }

    private static String clean(String text) {
        return XmlCharacters.clean(text);
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
