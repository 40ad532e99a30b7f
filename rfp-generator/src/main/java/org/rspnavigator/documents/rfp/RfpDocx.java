package org.rspnavigator.documents.rfp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.rspnavigator.documents.RenderBudget;
import org.rspnavigator.documents.pdf.TextWidth;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Standard;

/**
 * The RFP interoperability section as an editable Word document (Apache POI XWPF), with the same
 * content as the PDF: real Heading 1–3 styles (so that Word's navigation pane and its table of
 * contents work), a table-of-contents field, numbered requirements, the response matrix and the
 * glossary as tables with repeating header rows, and planner Markdown as Word paragraphs
 * ({@link MarkdownDocx}). Page A4 portrait, "Page x of y" in the footer.
 */
final class RfpDocx {

    static final String HEADER_FILL = "DDE4EC";
    private static final String GROUP_FILL = "F1F4F7";
    private static final String GREY = "44515E";
    private static final String BLUE = "0B4F8A";
    private static final String FONT = "Calibri";
    private static final String UNCONFIRMED_COLOR = "7A3B00";
    /** A4 width less two 2 cm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 11906 - 2 * 1134;

    private final MarkdownDocx markdown = new MarkdownDocx();

    byte[] render(RfpContent c) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer w = new Writer(doc);
            setUp(doc, c);
            titlePage(w, c);
            contents(w, c);
            howToRead(w);
            requirements(w, c);
            mandates(w, c);
            clauses(w, c);
            matrix(w, c);
            glossary(w, c);
            XWPFParagraph closing = doc.createParagraph();
            closing.setSpacingBefore(360);
            small(w.run(closing, RfpWording.closing(c.edition())));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Word document", e);
        }
    }

    // --- document set-up -----------------------------------------------------------------------

    private static void setUp(XWPFDocument doc, RfpContent c) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(Writer.clean(c.projectName + " — interoperability requirements"));
        core.setCreator(Writer.clean(c.organization));
        core.setSubjectProperty(Writer.clean("Interoperability requirements of the request for proposals "
                + c.projectName + ", version " + c.doc.version() + " of " + c.issued()));
        core.setDescription("Made from catalog edition " + c.edition().edition() + " (" + c.edition().sourceDocument() + ")");
        core.getUnderlyingProperties().setLanguageProperty("en");

        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("en-GB");
        styles.addStyle(paragraphStyle("Normal", "Normal", null, 10, false, null, -1, 0, 100));
        styles.addStyle(paragraphStyle("Title", "Title", "Normal", 26, true, null, -1, 0, 240));
        int[] sizes = {16, 13, 11, 10, 10, 10};
        int[] before = {240, 320, 240, 200, 160, 160};
        for (int level = 1; level <= 6; level++) {
            styles.addStyle(paragraphStyle("Heading" + level, "heading " + level, "Normal", sizes[level - 1], true,
                    level == 1 ? BLUE : level == 3 ? GREY : null, level - 1, before[level - 1], 100));
        }
        for (int level = 1; level <= 2; level++) {
            styles.addStyle(paragraphStyle("TOC" + level, "toc " + level, "Normal", 10, false, null, -1, 0, 60));
        }

        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));

        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        Writer w = new Writer(doc);
        small(w.run(p, "Page "));
        field(p, "PAGE", "1");
        small(w.run(p, " of "));
        field(p, "NUMPAGES", "1");
    }

    private static XWPFStyle paragraphStyle(String id, String name, String basedOn, int points, boolean bold,
            String color, int outlineLevel, int spaceBefore, int spaceAfter) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(spaceBefore));
        spacing.setAfter(BigInteger.valueOf(spaceAfter));
        if (outlineLevel >= 0) {
            s.addNewUiPriority().setVal(BigInteger.valueOf(9));
            ppr.addNewKeepNext();
            ppr.addNewKeepLines();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr rpr = s.addNewRPr();
        if (bold) {
            rpr.addNewB();
        }
        if (color != null) {
            rpr.addNewColor().setVal(color);
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        return new XWPFStyle(s);
    }

    /** A complex field ({@code PAGE}, {@code NUMPAGES}) with the result shown until Word updates it. */
    private static void field(XWPFParagraph p, String instruction, String result) {
        small(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        small(p.createRun()).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        small(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        small(p.createRun()).setText(result);
        small(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static XWPFRun small(XWPFRun r) {
        r.setFontSize(8);
        r.setColor(GREY);
        return r;
    }

    // --- sections ------------------------------------------------------------------------------

    private static void titlePage(Writer w, RfpContent c) {
        XWPFDocument doc = w.doc();
        XWPFParagraph spacer = doc.createParagraph();
        spacer.setSpacingBefore(2400);
        XWPFRun kicker = w.run(spacer, "REQUEST FOR PROPOSALS");
        kicker.setColor(GREY);
        kicker.setFontSize(11);
        XWPFParagraph project = doc.createParagraph();
        project.setStyle("Title");
        w.run(project, c.projectName);
        XWPFParagraph title = doc.createParagraph();
        title.setSpacingAfter(600);
        XWPFRun t = w.run(title, RfpWording.DOCUMENT_TITLE);
        t.setFontSize(16);
        t.setColor(BLUE);
        if (!c.organization.isEmpty()) {
            fact(w, "Organization", c.organization);
        }
        c.region().ifPresent(r -> fact(w, "Region", r));
        c.clinicalServices().ifPresent(services -> fact(w, "Clinical services", services));
        fact(w, "Version", Integer.toString(c.doc.version()));
        fact(w, "Issued", c.issued());
        fact(w, "Catalog edition", c.edition().edition() + " (" + c.edition().sourceDocument() + ", "
                + c.edition().sourceTitle() + ")");
        int count = c.items.size();
        fact(w, "Requirements", count + (count == 1 ? " numbered requirement" : " numbered requirements") + " for "
                + c.systems.size() + (c.systems.size() == 1 ? " system" : " systems"));
        fact(w, "Unconfirmed facts", RfpWording.unconfirmedCount(c.unconfirmedCount()));
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void fact(Writer w, String name, String value) {
        XWPFParagraph p = w.doc().createParagraph();
        p.setSpacingAfter(60);
        XWPFRun label = w.run(p, name + ": ");
        label.setColor(GREY);
        w.run(p, value);
    }

    private static void contents(Writer w, RfpContent c) {
        heading(w, 1, RfpWording.CONTENTS);
        // A TOC field whose result lists the sections; Word fills in page numbers when it is updated.
        List<String[]> entries = new java.util.ArrayList<>();
        for (String section : c.sectionTitles()) {
            entries.add(new String[] {"TOC1", section});
            if (section.equals(RfpWording.REQUIREMENTS)) {
                c.systems.forEach(s -> entries.add(new String[] {"TOC2", s.type().name()}));
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph p = w.doc().createParagraph();
            p.setStyle(entries.get(i)[0]);
            if (i == 0) {
                p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
                p.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
                p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            }
            w.run(p, entries.get(i)[1]);
            if (i == entries.size() - 1) {
                p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
            }
        }
        XWPFParagraph note = w.doc().createParagraph();
        note.setSpacingBefore(120);
        small(w.run(note, "To add page numbers, update this table in Word (right-click, Update Field)."));
    }

    private static void howToRead(Writer w) {
        heading(w, 1, RfpWording.HOW_TO_READ);
        w.paragraph(RfpWording.READ_INTRO);
        w.paragraph(RfpWording.READ_LEVELS);
        for (RfpWording.Level l : RfpWording.LEVELS) {
            XWPFParagraph p = w.doc().createParagraph();
            p.setIndentationLeft(360);
            p.setIndentationHanging(360);
            p.setSpacingAfter(60);
            w.run(p, "•\t");
            w.run(p, l.word()).setBold(true);
            w.run(p, " — " + l.meaning());
        }
        for (String text : List.of(RfpWording.READ_ISO, RfpWording.READ_IHE, RfpWording.READ_RATINGS,
                RfpWording.READ_GROUPING, RfpWording.READ_RESPONSE, RfpWording.READ_ANSWERS)) {
            w.paragraph(text);
        }
        for (RfpWording.Answer a : RfpWording.ANSWERS) {
            XWPFParagraph p = w.doc().createParagraph();
            p.setIndentationLeft(360);
            p.setIndentationHanging(360);
            p.setSpacingAfter(60);
            w.run(p, "•\t");
            w.run(p, a.word()).setBold(true);
            w.run(p, " (with " + a.bidderAdds() + ") — " + a.meaning());
        }
        w.paragraph(RfpWording.READ_SCORING);
        w.paragraph(RfpWording.READ_UNCONFIRMED);
    }

    private static void requirements(Writer w, RfpContent c) {
        heading(w, 1, RfpWording.REQUIREMENTS);
        if (c.systems.isEmpty()) {
            w.paragraph("No system and no requirement has been entered yet.");
        }
        for (RfpContent.SystemSection s : c.systems) {
            heading(w, 2, s.type().name());
            XWPFParagraph meta = w.doc().createParagraph();
            meta.setSpacingAfter(60);
            small(w.run(meta, s.quantity().map(q -> "Quantity: " + q).orElse("Not listed among the systems procured")
                    + " · " + s.requirementCount() + (s.requirementCount() == 1 ? " requirement" : " requirements")))
                    .setFontSize(9);
            for (String notes : s.notes().isBlank() ? new String[0] : s.notes().split("\\R\\s*\\R")) {
                w.paragraph(notes.strip());
            }
            if (s.categories().isEmpty()) {
                w.paragraph("No requirement for this system.");
            }
            for (RfpContent.CategorySection cat : s.categories()) {
                heading(w, 3, cat.category().label());
                cat.items().forEach(item -> requirement(w, item, c));
            }
            if (!s.withdrawn().isEmpty()) {
                w.paragraph(s.withdrawnNote());
            }
        }
    }

    private static void requirement(Writer w, RfpContent.Item item, RfpContent c) {
        RenderBudget.check();
        XWPFParagraph head = w.doc().createParagraph();
        keepWithNext(head);
        head.setSpacingBefore(120);
        head.setSpacingAfter(20);
        w.run(head, c.withUnbreakableNumbers(item.number())).setBold(true);
        w.run(head, "  ");
        XWPFRun level = w.run(head, " " + item.level() + " ");
        level.setBold(true);
        level.setFontSize(8);
        if ("SHALL".equals(item.level())) {
            (level.getCTR().isSetRPr() ? level.getCTR().getRPr() : level.getCTR().addNewRPr()).addNewShd()
                    .setFill(HEADER_FILL);
        }
        if (!item.unconfirmed().isEmpty()) {
            w.run(head, "  ");
            XWPFRun mark = w.run(head, " " + RfpWording.UNCONFIRMED_MARK + " ");
            mark.setBold(true);
            mark.setFontSize(8);
            mark.setColor(UNCONFIRMED_COLOR);
        }
        small(w.run(head, "  " + c.withUnbreakableNumbers(RfpPdf.subjectNote(item))));
        boolean more = !item.rationale().isEmpty() || !item.unconfirmed().isEmpty() || !item.details().isEmpty();
        XWPFParagraph text = w.doc().createParagraph();
        text.setSpacingAfter(more ? 20 : 120);
        if (more) {
            keepWithNext(text);
        }
        w.run(text, c.withUnbreakableNumbers(item.text()));
        for (int i = 0; i < item.unconfirmed().size(); i++) {
            XWPFParagraph note = w.doc().createParagraph();
            boolean last = i == item.unconfirmed().size() - 1 && item.rationale().isEmpty() && item.details().isEmpty();
            note.setSpacingAfter(last ? 120 : 20);
            if (!last) {
                keepWithNext(note);
            }
            XWPFRun r = w.run(note, RfpWording.UNCONFIRMED_MARK + " — " + item.unconfirmed().get(i).line());
            r.setFontSize(8.5);
            r.setColor(UNCONFIRMED_COLOR);
        }
        List<RfpContent.Detail> details = item.details();
        for (int i = 0; i < details.size(); i++) {
            XWPFParagraph detail = w.doc().createParagraph();
            boolean last = i == details.size() - 1 && item.rationale().isEmpty();
            detail.setSpacingAfter(last ? 120 : 20);
            if (!last) {
                keepWithNext(detail);
            }
            XWPFRun label = w.run(detail, details.get(i).label() + ": ");
            label.setBold(true);
            label.setFontSize(8.5);
            w.run(detail, c.withUnbreakableNumbers(details.get(i).value())).setFontSize(8.5);
        }
        if (!item.rationale().isEmpty()) {
            XWPFParagraph rationale = w.doc().createParagraph();
            rationale.setSpacingAfter(120);
            small(w.run(rationale, "Rationale: " + c.withUnbreakableNumbers(item.rationale()))).setFontSize(8.5);
        }
    }

    private void mandates(Writer w, RfpContent c) {
        heading(w, 1, RfpWording.MANDATES);
        if (c.mandates.isEmpty() && c.exceptions.isEmpty()) {
            w.paragraph(RfpWording.NO_MANDATES);
            return;
        }
        for (RfpContent.Mandate m : c.mandates) {
            RenderBudget.check();
            heading(w, 2, m.title());
            m.standard().ifPresent(s -> small(w.run(w.doc().createParagraph(), "Concerns: " + s.briefName() + " — "
                    + s.formalName() + " (" + s.group().label() + ")")).setFontSize(9));
            markdown.append(w, m.markdown(), 2);
        }
        exceptions(w, c);
    }

    /** The exceptions to the portfolio: a table of what was proposed at SHALL, what the buyer did, and why. */
    private static void exceptions(Writer w, RfpContent c) {
        if (c.exceptions.isEmpty()) {
            return;
        }
        heading(w, 2, RfpWording.EXCEPTIONS);
        w.paragraph(RfpWording.EXCEPTIONS_INTRO);
        XWPFTable table = w.table(c.exceptions.size() + 1, RfpWording.EXCEPTION_HEADERS.length);
        w.columnWidths(table, new int[] {1300, 1500, 2838, 1300, 2700});
        w.headerRow(table.getRow(0), RfpWording.EXCEPTION_HEADERS);
        int r = 1;
        for (RfpContent.PortfolioException e : c.exceptions) {
            RenderBudget.check();
            XWPFTableRow row = table.getRow(r++);
            row.setCantSplitRow(true);
            w.run(row.getCell(0).getParagraphs().get(0), c.withUnbreakableNumbers(e.number())).setBold(true);
            w.run(row.getCell(1).getParagraphs().get(0), e.system());
            w.run(row.getCell(2).getParagraphs().get(0), e.proposed());
            w.run(row.getCell(3).getParagraphs().get(0), e.change());
            w.run(row.getCell(4).getParagraphs().get(0), c.withUnbreakableNumbers(e.reason()));
            row.getTableCells().forEach(cell -> w.cellText(cell, 8));
        }
    }

    private void clauses(Writer w, RfpContent c) {
        if (c.clauses.isEmpty()) {
            return;
        }
        heading(w, 1, RfpWording.CLAUSES);
        for (RfpContent.Clause clause : c.clauses) {
            RenderBudget.check();
            heading(w, 2, clause.title());
            markdown.append(w, clause.markdown(), 2);
        }
    }

    private static final double TWIPS_PER_MM = 1440 / 25.4;

    /** Points of the matrix's numbers: 8, or 7 when the widest number is long. */
    static double numberPoints(RfpContent c) {
        return widestNumber(c, 8) > 30 ? 7 : 8;
    }

    private static double widestNumber(RfpContent c, double points) {
        return c.items.stream().mapToDouble(i -> TextWidth.millimetres(i.number(), true, points)).max().orElse(0);
    }

    /**
     * The matrix's column widths in twentieths of a point. The number column holds the widest
     * number of the document in bold, measured in DejaVu Sans (wider than Calibri and Word's usual
     * substitutes, so an upper bound), plus Word's default cell margins and a little room; the
     * comment and evidence columns give way before the subject does.
     */
    static int[] matrixWidths(RfpContent c) {
        int number = Math.max(900, (int) Math.ceil(widestNumber(c, numberPoints(c)) * TWIPS_PER_MM) + 2 * 108 + 90);
        int level = 850;
        int answer = 1500;
        int minSubject = 2550;
        int forBidder = Math.min(3400, Math.max(2270, TEXT_WIDTH - number - level - answer - minSubject));
        int comment = forBidder * 52 / 100;
        int evidence = forBidder - comment;
        return new int[] {number, level, TEXT_WIDTH - number - level - answer - forBidder, answer, comment, evidence};
    }

    private static void matrix(Writer w, RfpContent c) {
        heading(w, 1, RfpWording.MATRIX);
        w.paragraph(RfpWording.MATRIX_INTRO);
        String[] headers = {"No.", "Level", "Subject", "Answer (tick one)", "Comment", "Evidence"};
        int[] widths = matrixWidths(c);
        double numberPoints = numberPoints(c);
        long rowCount = 1 + c.systems.stream().filter(s -> s.requirementCount() > 0).count() + c.items.size();
        XWPFTable table = w.table((int) rowCount, headers.length);
        w.columnWidths(table, widths);
        // Fixed layout: Word keeps these widths instead of fitting columns to their text.
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        XWPFTableRow header = table.getRow(0);
        w.headerRow(header, headers);
        int r = 1;
        for (RfpContent.SystemSection s : c.systems) {
            if (s.requirementCount() == 0) {
                continue;
            }
            w.groupRow(table.getRow(r++), s.type().name(), headers.length);
            for (RfpContent.CategorySection cat : s.categories()) {
                for (RfpContent.Item item : cat.items()) {
                    RenderBudget.check();
                    XWPFTableRow row = table.getRow(r++);
                    row.setCantSplitRow(true);
                    row.setHeight(450);
                    XWPFRun number = w.run(row.getCell(0).getParagraphs().get(0), c.withUnbreakableNumbers(item.number()));
                    number.setBold(true);
                    number.setFontSize(numberPoints);
                    noWrap(row.getCell(0));
                    w.run(row.getCell(1).getParagraphs().get(0), item.level());
                    XWPFParagraph subjectLine = row.getCell(2).getParagraphs().get(0);
                    w.run(subjectLine, item.shortSubject());
                    if (item.profile().isPresent()) {
                        XWPFParagraph options = row.getCell(2).addParagraph();
                        small(w.run(options, "Options: " + item.optionsText()));
                    }
                    for (RfpContent.Unconfirmed u : item.unconfirmed()) {
                        XWPFRun note = w.run(row.getCell(2).addParagraph(), RfpWording.UNCONFIRMED_MARK + " — " + u.line());
                        note.setFontSize(7.5);
                        note.setColor(UNCONFIRMED_COLOR);
                    }
                    List<RfpWording.Answer> answers = RfpWording.ANSWERS;
                    for (int a = 0; a < answers.size(); a++) {
                        XWPFParagraph choice = a == 0 ? row.getCell(3).getParagraphs().get(0) : row.getCell(3).addParagraph();
                        XWPFRun box = w.run(choice, BALLOT_BOX + " ");
                        box.setFontFamily(SYMBOL_FONT);
                        w.run(choice, answers.get(a).word() + (answers.get(a).slug().equals("roadmap") ? ", date: ________" : ""))
                                .setFontSize(7.5);
                    }
                    for (int i = 0; i < row.getTableCells().size(); i++) {
                        w.cellText(row.getCell(i), 8);
                    }
                }
            }
        }
    }

    /** An empty box for ticking, in a font that has it on Windows and macOS alike. */
    private static final String BALLOT_BOX = "\u2610";
    private static final String SYMBOL_FONT = "Segoe UI Symbol";

    private static void noWrap(XWPFTableCell cell) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        tcPr.addNewNoWrap();
    }

    private static void glossary(Writer w, RfpContent c) {
        heading(w, 1, RfpWording.GLOSSARY);
        w.paragraph(RfpWording.GLOSSARY_INTRO);
        Optional<Region> region = c.doc.spec().region();
        int[] widths = {1600, 3138, 2700, 2200};
        if (!c.citedStandards.isEmpty()) {
            heading(w, 2, RfpWording.GLOSSARY_STANDARDS);
            XWPFTable table = w.table(c.citedStandards.size() + 1, 4);
            w.columnWidths(table, widths);
            w.headerRow(table.getRow(0), new String[] {"Standard", "Formal name", "ISO 21860:2020 group and ratings",
                    "Table and clause"});
            int r = 1;
            for (Standard s : c.citedStandards) {
                XWPFTableRow row = table.getRow(r++);
                row.setCantSplitRow(true);
                w.run(row.getCell(0).getParagraphs().get(0), s.briefName()).setBold(true);
                w.run(row.getCell(1).getParagraphs().get(0), s.formalName());
                s.specification().ifPresent(spec -> small(w.run(row.getCell(1).addParagraph(), spec)));
                lines(w, row.getCell(2), RfpPdf.ratings(s, region));
                w.run(row.getCell(3).getParagraphs().get(0), s.provenance());
                row.getTableCells().forEach(cell -> w.cellText(cell, 8));
            }
        }
        if (!c.citedProfiles.isEmpty()) {
            heading(w, 2, RfpWording.GLOSSARY_PROFILES);
            XWPFTable table = w.table(c.citedProfiles.size() + 1, 4);
            w.columnWidths(table, widths);
            w.headerRow(table.getRow(0), new String[] {"Profile", "Name", "IHE domain and status", "Source"});
            int r = 1;
            for (Profile p : c.citedProfiles) {
                XWPFTableRow row = table.getRow(r++);
                row.setCantSplitRow(true);
                w.run(row.getCell(0).getParagraphs().get(0), p.acronym()).setBold(true);
                w.run(row.getCell(1).getParagraphs().get(0), p.name());
                lines(w, row.getCell(2), RfpPdf.profileFacts(p));
                List<String> source = RfpPdf.profileSource(p);
                for (int i = 0; i < source.size(); i++) {
                    w.run(i == 0 ? row.getCell(3).getParagraphs().get(0) : row.getCell(3).addParagraph(), source.get(i));
                }
                row.getTableCells().forEach(cell -> w.cellText(cell, 8));
            }
        }
        if (c.citedStandards.isEmpty() && c.citedProfiles.isEmpty()) {
            w.paragraph("No standard or profile is cited yet.");
        }
    }

    private static void lines(Writer w, XWPFTableCell cell, List<String[]> facts) {
        for (int i = 0; i < facts.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            w.run(p, facts.get(i)[0] + ": ").setColor(GREY);
            w.run(p, facts.get(i)[1]);
        }
    }

    private static void heading(Writer w, int level, String text) {
        XWPFParagraph p = w.doc().createParagraph();
        p.setStyle("Heading" + level);
        if (level == 1) {
            p.setPageBreak(true);
        }
        w.run(p, text);
    }

    private static void keepWithNext(XWPFParagraph p) {
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
    }

    /** Writing helpers: every piece of text goes through {@link #clean(String)}. */
    static final class Writer {

        private final XWPFDocument doc;

        Writer(XWPFDocument doc) {
            this.doc = doc;
        }

        XWPFDocument doc() {
            return doc;
        }

        /**
         * {@code text} without the characters XML 1.0 cannot carry (a stray control character
         * would make Word refuse the file).
         */
        static String clean(String text) {
            return org.rspnavigator.documents.XmlCharacters.clean(text);
        }

        /** A run of plain text; line breaks and tabs become Word's own. */
        XWPFRun run(XWPFParagraph p, String text) {
            XWPFRun r = p.createRun();
            fill(r, text);
            return r;
        }

        private static void fill(XWPFRun r, String text) {
            String[] lines = clean(text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) {
                    r.addBreak();
                }
                String[] parts = lines[l].split("\t", -1);
                for (int t = 0; t < parts.length; t++) {
                    if (t > 0) {
                        r.addTab();
                    }
                    // U+2011 becomes Word's own non-breaking hyphen, drawn with the font's hyphen, so that
                    // it shows in any font (Calibri has no U+2011 glyph of its own).
                    String[] words = parts[t].split(String.valueOf(RfpContent.NON_BREAKING_HYPHEN), -1);
                    for (int h = 0; h < words.length; h++) {
                        if (h > 0) {
                            r.getCTR().addNewNoBreakHyphen();
                        }
                        if (!words[h].isEmpty()) {
                            r.setText(words[h], r.getCTR().sizeOfTArray());
                        }
                    }
                }
            }
        }

        void link(XWPFParagraph p, String text, String url) {
            XWPFHyperlinkRun r = p.createHyperlinkRun(url);
            fill(r, text);
            r.setUnderline(UnderlinePatterns.SINGLE);
            r.setColor(BLUE);
        }

        XWPFParagraph paragraph(String text) {
            XWPFParagraph p = doc.createParagraph();
            run(p, text);
            return p;
        }

        /** A table across the text width, with a grid of equal columns (Word wants the grid). */
        XWPFTable table(int rows, int columns) {
            XWPFTable t = doc.createTable(rows, columns);
            t.setWidth("100%");
            var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() < columns) {
                grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH / columns));
            }
            return t;
        }

        void columnWidths(XWPFTable table, int[] widths) {
            var grid = table.getCTTbl().getTblGrid();
            for (int i = 0; i < widths.length && i < grid.sizeOfGridColArray(); i++) {
                grid.getGridColArray(i).setW(BigInteger.valueOf(widths[i]));
            }
            for (XWPFTableRow row : table.getRows()) {
                for (int i = 0; i < widths.length && i < row.getTableCells().size(); i++) {
                    row.getCell(i).setWidth(Integer.toString(widths[i]));
                }
            }
        }

        void headerRow(XWPFTableRow row, String[] headers) {
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            for (int i = 0; i < headers.length; i++) {
                XWPFTableCell cell = row.getCell(i);
                cell.setColor(HEADER_FILL);
                run(cell.getParagraphs().get(0), headers[i]).setBold(true);
                cellText(cell, 8);
            }
        }

        void groupRow(XWPFTableRow row, String text, int columns) {
            row.setCantSplitRow(true);
            XWPFTableCell first = row.getCell(0);
            var tcPr = first.getCTTc().isSetTcPr() ? first.getCTTc().getTcPr() : first.getCTTc().addNewTcPr();
            tcPr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
            for (int i = columns - 1; i > 0; i--) {
                row.removeCell(i);
            }
            first.setColor(GROUP_FILL);
            run(first.getParagraphs().get(0), text).setBold(true);
            cellText(first, 8.5);
            // Keep the system's row on the page of its first requirement.
            first.getParagraphs().forEach(RfpDocx::keepWithNext);
        }

        /** Cell paragraphs tight and runs small. */
        void cellText(XWPFTableCell cell, double points) {
            for (XWPFParagraph p : cell.getParagraphs()) {
                p.setSpacingAfter(0);
                p.setSpacingBefore(0);
                for (XWPFRun r : p.getRuns()) {
                    if (r.getFontSizeAsDouble() == null) {
                        r.setFontSize(points);
                    }
                }
            }
        }
    }
}
