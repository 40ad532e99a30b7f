package org.rspnavigator.webapp.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads the files the application makes as a hostile reader would look at them: the text a PDF
 * or a Word document shows and anything in it that could run or call out, the cells of a CSV
 * file a spreadsheet would run as formulas, and the markup of HTML.
 */
final class Inspection {

    /**
     * What a document shows, and what in it is dangerous (empty when nothing is). A PDF's text is
     * read twice: in the order it is drawn, which keeps a table cell's lines together, and in
     * reading order, which keeps together a line whose parts are drawn in different fonts.
     */
    record Document(List<String> texts, List<String> dangers) {
    }

    private Inspection() {
    }

    /** Addresses a document or a page may link to. */
    static boolean safeAddress(String address) {
        String a = address.strip().toLowerCase(Locale.ROOT);
        return a.startsWith("https://") || a.startsWith("http://") || a.startsWith("mailto:") || a.startsWith("#");
    }

    // PDF ----------------------------------------------------------------------------------------

    /** PDF actions that run something, submit, open other files or play media. */
    private static final Set<String> PDF_ACTIONS = Set.of("JavaScript", "Launch", "SubmitForm", "ImportData",
            "ResetForm", "GoToR", "GoToE", "Rendition", "Movie", "Sound", "RichMediaExecute");

    static Document pdf(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String drawn = new PDFTextStripper().getText(pdf);
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            String read = byPosition.getText(pdf);
            List<String> dangers = new ArrayList<>();
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (COSObjectKey key : new ArrayList<>(pdf.getDocument().getXrefTable().keySet())) {
                COSObject object = pdf.getDocument().getObjectFromPool(key);
                visit(object.getObject(), seen, dangers);
            }
            visit(pdf.getDocumentCatalog().getCOSObject(), seen, dangers);
            return new Document(List.of(drawn, read), dangers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void visit(COSBase base, Set<COSBase> seen, List<String> dangers) {
        if (base == null || !seen.add(base)) {
            return;
        }
        if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase item = array.get(i);
                if (!(item instanceof COSObject)) {
                    visit(item, seen, dangers);
                }
            }
        } else if (base instanceof COSDictionary d) {
            if (d.containsKey(COSName.JS) || d.containsKey(COSName.getPDFName("JavaScript"))) {
                dangers.add("a JavaScript entry");
            }
            if (d.containsKey(COSName.AA)) {
                dangers.add("additional actions (/AA)");
            }
            COSName action = d.getCOSName(COSName.S);
            if (action != null && PDF_ACTIONS.contains(action.getName())) {
                dangers.add("a /" + action.getName() + " action");
            }
            if (d.getDictionaryObject(COSName.URI) instanceof COSString uri && !safeAddress(uri.getString())) {
                dangers.add("a link to " + uri.getString());
            }
            for (COSName key : d.keySet()) {
                COSBase item = d.getItem(key);
                if (!(item instanceof COSObject)) {
                    visit(item, seen, dangers);
                }
            }
        }
    }

    // Word ---------------------------------------------------------------------------------------

    /** Word fields a document may hold; any other (HYPERLINK, INCLUDETEXT, DDE, ...) could act. */
    private static final Pattern SAFE_FIELD = Pattern.compile(
            "\\s*(PAGE|NUMPAGES|SECTIONPAGES|TOC(\\s+\\\\[a-z](\\s+\"[0-9-]+\")?)*)\\s*");
    private static final Pattern INSTR_TEXT = Pattern.compile("<w:instrText[^>]*>([^<]*)</w:instrText>");
    private static final Pattern SIMPLE_FIELD = Pattern.compile("<w:fldSimple[^>]*w:instr=\"([^\"]*)\"");
    private static final List<String> EMBEDDINGS = List.of("<w:altChunk", "<w:object", "<o:OLEObject", "ddeLink",
            "<w:subDoc", "<w:control");

    static Document docx(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            @SuppressWarnings("resource") // closing the extractor would close the document twice
            String text = new XWPFWordExtractor(doc).getText();
            List<String> dangers = new ArrayList<>();
            for (PackagePart part : doc.getPackage().getParts()) {
                if (part.isRelationshipPart()) {
                    continue;
                }
                for (PackageRelationship rel : part.getRelationships()) {
                    String type = rel.getRelationshipType();
                    if (type.endsWith("/oleObject") || type.endsWith("/attachedTemplate") || type.endsWith("/subDocument")
                            || type.endsWith("/aFChunk") || type.endsWith("/frame") || type.endsWith("/package")) {
                        dangers.add("a relationship of type " + type);
                    }
                    if (rel.getTargetMode() == TargetMode.EXTERNAL
                            && (!type.endsWith("/hyperlink") || !safeAddress(rel.getTargetURI().toString()))) {
                        dangers.add("an external " + type + " to " + rel.getTargetURI());
                    }
                }
                if (part.getContentType().contains("xml") && !(part instanceof PackagePropertiesPart)) {
                    String xml;
                    try (InputStream in = part.getInputStream()) {
                        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    fields(INSTR_TEXT.matcher(xml), dangers);
                    fields(SIMPLE_FIELD.matcher(xml), dangers);
                    EMBEDDINGS.stream().filter(xml::contains).forEach(e -> dangers.add("an embedding " + e));
                }
            }
            return new Document(List.of(text), dangers);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fields(Matcher m, List<String> dangers) {
        while (m.find()) {
            if (!SAFE_FIELD.matcher(m.group(1)).matches()) {
                dangers.add("a field " + m.group(1));
            }
        }
    }

    // CSV ----------------------------------------------------------------------------------------

    /** The records of an RFC 4180 file, each a list of cells, the byte-order mark left out. */
    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    /** Characters that start a formula in some spreadsheet, also in their fullwidth forms. */
    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    /**
     * Whether a spreadsheet would run the cell as a formula: it starts with a tab or a carriage
     * return, or its first character after white space, control and format characters starts a
     * formula. A guarded cell starts with an apostrophe, and is never one.
     */
    static boolean runsAsFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        if (cell.charAt(0) == '\t' || cell.charAt(0) == '\r') {
            return true;
        }
        int i = 0;
        while (i < cell.length()) {
            int c = cell.codePointAt(i);
            int type = Character.getType(c);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
                    || type == Character.FORMAT)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0;
    }

    /** Whether some cell holds {@code value}: as it is, or guarded with an apostrophe if it would run as a formula. */
    static boolean holds(List<List<String>> records, String value) {
        String expected = runsAsFormula(value) ? "'" + value : value;
        return records.stream().anyMatch(r -> r.contains(expected));
    }

    // HTML ---------------------------------------------------------------------------------------

    private static final Pattern HTML_TAG = Pattern.compile("<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    /** The elements and attributes the Markdown renderer may write. */
    private static final Set<String> ELEMENTS = Set.of("p", "br", "hr", "em", "strong", "b", "i", "del", "s", "sub",
            "sup", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead",
            "tbody", "tr", "th", "td", "a", "div");
    private static final Set<String> ATTRIBUTES = Set.of("href", "rel", "align", "start", "class");

    /** What is dangerous in an HTML fragment a view shows: elements, attributes or links that are not allowed. */
    static List<String> htmlDangers(String html) {
        List<String> dangers = new ArrayList<>();
        Matcher tag = HTML_TAG.matcher(html);
        while (tag.find()) {
            String element = tag.group(2).toLowerCase(Locale.ROOT);
            if (!ELEMENTS.contains(element)) {
                dangers.add("an element <" + element + ">");
            }
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2) == null ? "" : Corpus.htmlText(unquote(attribute.group(2)));
                if (!ATTRIBUTES.contains(name)) {
                    dangers.add("an attribute " + name + " on <" + element + ">");
                } else if (name.equals("href") && !safeAddress(value)) {
                    dangers.add("a link to " + value);
                }
            }
        }
        if (html.toLowerCase(Locale.ROOT).contains("<script")) {
            dangers.add("a script element");
        }
        return dangers;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))
                ? value.substring(1, value.length() - 1) : value;
    }
}
