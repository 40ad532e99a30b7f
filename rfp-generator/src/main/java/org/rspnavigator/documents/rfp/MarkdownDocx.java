package org.rspnavigator.documents.rfp;

import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

/**
 * Planner Markdown as Word paragraphs: paragraphs, headings (placed under the heading they follow),
 * bold, italic, code, lists, block quotes, tables and http(s)/mailto links. Nothing is ever written
 * as markup: raw HTML in the Markdown is shown as the text the planner typed (as the PDF shows it),
 * scripts having been removed beforehand by {@link PlannerText}; images are replaced by their
 * description, so that the document never fetches anything.
 */
final class MarkdownDocx {

    private static final int INDENT = 360;

    private final Parser parser;

    MarkdownDocx() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.<Extension>of(TablesExtension.create(), AutolinkExtension.create()));
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.COLUMN_SPANS, false);
        this.parser = Parser.builder(options).build();
    }

    /** Appends {@code markdown} to the end of {@code docx}; its headings go below {@code parentLevel}. */
    void append(RfpDocx.Writer w, String markdown, int parentLevel) {
        Document ast = parser.parse(markdown);
        new Walker(w, parentLevel).blocks(ast, 0);
    }

    private static final class Walker {

        private final RfpDocx.Writer w;
        private final int parentLevel;
        private int previousHeading;

        Walker(RfpDocx.Writer w, int parentLevel) {
            this.w = w;
            this.parentLevel = parentLevel;
            this.previousHeading = parentLevel;
        }

        void blocks(Node parent, int indent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                block(n, indent, null);
            }
        }

        /** One block; {@code prefix} is a list marker for the first paragraph of a list item. */
        void block(Node n, int indent, String prefix) {
            XWPFDocument doc = w.doc();
            if (n instanceof Heading h) {
                int level = Math.max(parentLevel + 1, Math.min(6, Math.min(parentLevel + h.getLevel(), previousHeading + 1)));
                previousHeading = level;
                XWPFParagraph p = doc.createParagraph();
                p.setStyle("Heading" + level);
                inlines(p, h, new Format(false, false, false));
            } else if (n instanceof Paragraph) {
                XWPFParagraph p = body(doc, indent, prefix != null);
                if (prefix != null) {
                    w.run(p, prefix);
                }
                inlines(p, n, new Format(false, false, false));
            } else if (n instanceof ListBlock list) {
                int number = list instanceof OrderedList ol ? ol.getStartNumber() : 0;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (!(item instanceof ListItem)) {
                        continue;
                    }
                    String marker = list instanceof BulletList ? "•\t" : (number++) + ".\t";
                    boolean first = true;
                    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                        block(child, indent + 1, first && child instanceof Paragraph ? marker : null);
                        first = false;
                    }
                    if (item.getFirstChild() == null) {
                        w.run(body(doc, indent + 1, true), marker);
                    }
                }
            } else if (n instanceof BlockQuote) {
                for (Node child = n.getFirstChild(); child != null; child = child.getNext()) {
                    block(child, indent + 1, null);
                }
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof CodeBlock) {
                String code = n instanceof FencedCodeBlock f ? f.getContentChars().toString() : n.getChars().toString();
                XWPFParagraph p = body(doc, indent, false);
                XWPFRun r = w.run(p, stripFinalNewline(code));
                r.setFontFamily("Courier New");
                r.setFontSize(8.5);
            } else if (n instanceof ThematicBreak) {
                XWPFParagraph p = body(doc, indent, false);
                w.run(p, "———");
            } else if (n instanceof HtmlBlock || n instanceof HtmlCommentBlock) {
                w.run(body(doc, indent, false), stripFinalNewline(n.getChars().toString()));
            } else if (n instanceof TableBlock t) {
                table(t);
            } else if (n instanceof Reference) {
                // A link reference definition prints nothing; the links that use it do.
            } else if (n.hasChildren()) {
                blocks(n, indent);
            } else if (!n.getChars().isBlank()) {
                w.run(body(doc, indent, false), n.getChars().toString());
            }
        }

        private XWPFParagraph body(XWPFDocument doc, int indent, boolean hanging) {
            XWPFParagraph p = doc.createParagraph();
            if (indent > 0) {
                p.setIndentationLeft(INDENT * indent);
                if (hanging) {
                    p.setIndentationHanging(INDENT);
                }
            }
            p.setSpacingAfter(80);
            return p;
        }

        private void table(TableBlock t) {
            List<TableRow> rows = descendants(t, TableRow.class);
            int columns = rows.stream().mapToInt(r -> (int) childCount(r, TableCell.class)).max().orElse(0);
            if (rows.isEmpty() || columns == 0) {
                return;
            }
            XWPFTable table = w.table(rows.size(), columns);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                boolean header = rows.get(r).getParent() instanceof com.vladsch.flexmark.ext.tables.TableHead;
                if (header) {
                    row.setRepeatHeader(true);
                }
                int c = 0;
                for (Node cell = rows.get(r).getFirstChild(); cell != null && c < columns; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        XWPFTableCell target = row.getCell(c++);
                        inlines(target.getParagraphs().get(0), cell, new Format(header, false, false));
                        if (header) {
                            target.setColor(RfpDocx.HEADER_FILL);
                        }
                    }
                }
            }
        }

        private record Format(boolean bold, boolean italic, boolean code) {
            Format withBold() {
                return new Format(true, italic, code);
            }

            Format withItalic() {
                return new Format(bold, true, code);
            }

            Format withCode() {
                return new Format(bold, italic, true);
            }
        }

        private void inlines(XWPFParagraph p, Node parent, Format f) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                inline(p, n, f);
            }
        }

        private void inline(XWPFParagraph p, Node n, Format f) {
            if (n instanceof Text || n instanceof HtmlEntity) {
                styled(p, n.getChars().unescape(), f);
            } else if (n instanceof SoftLineBreak) {
                styled(p, " ", f);
            } else if (n instanceof HardLineBreak) {
                w.run(p, "").addBreak();
            } else if (n instanceof StrongEmphasis) {
                inlines(p, n, f.withBold());
            } else if (n instanceof Emphasis) {
                inlines(p, n, f.withItalic());
            } else if (n instanceof Code code) {
                styled(p, code.getText().toString(), f.withCode());
            } else if (n instanceof Link link) {
                String url = link.getUrl().unescape().strip();
                if (linkable(url)) {
                    StringBuilder text = new StringBuilder();
                    collectText(link, text);
                    w.link(p, text.isEmpty() ? url : text.toString(), url);
                } else {
                    inlines(p, n, f);
                }
            } else if (n instanceof RefNode ref) {
                Reference target = ref.isDefined() ? ref.getReferenceNode(ref.getDocument()) : null;
                String url = target == null ? "" : target.getUrl().unescape().strip();
                if (linkable(url)) {
                    StringBuilder text = new StringBuilder();
                    collectText(n, text);
                    w.link(p, text.isEmpty() ? url : text.toString(), url);
                } else {
                    // An undefined reference ("[like this]") is text, brackets included, as in the PDF.
                    styled(p, "[", f);
                    inlines(p, n, f);
                    styled(p, "]", f);
                    if (!ref.isReferenceTextCombined() && !ref.getReference().isBlank()) {
                        styled(p, "[" + ref.getReference().unescape() + "]", f);
                    }
                }
            } else if (n instanceof MailLink mail) {
                String address = mail.getText().toString();
                w.link(p, address, "mailto:" + address);
            } else if (n instanceof Image image) {
                styled(p, "[Image: " + image.getText().unescape() + "]", f.withItalic());
            } else if (n instanceof HtmlInline || n instanceof HtmlInlineComment) {
                styled(p, n.getChars().toString(), f);
            } else if (n.hasChildren()) {
                inlines(p, n, f);
            } else {
                styled(p, n.getChars().unescape(), f);
            }
        }

        private void styled(XWPFParagraph p, String text, Format f) {
            if (text.isEmpty()) {
                return;
            }
            XWPFRun r = w.run(p, text);
            r.setBold(f.bold());
            r.setItalic(f.italic());
            if (f.code()) {
                r.setFontFamily("Courier New");
            }
        }

        private static void collectText(Node n, StringBuilder out) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text || c instanceof HtmlEntity) {
                    out.append(c.getChars().unescape());
                } else if (c instanceof Code code) {
                    out.append(code.getText());
                } else {
                    collectText(c, out);
                }
            }
        }

        private static boolean linkable(String url) {
            String lower = url.toLowerCase(Locale.ROOT);
            return (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))
                    && url.chars().noneMatch(ch -> ch <= ' ');
        }

        private static <T extends Node> List<T> descendants(Node n, Class<T> type) {
            List<T> out = new java.util.ArrayList<>();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (type.isInstance(c)) {
                    out.add(type.cast(c));
                } else {
                    out.addAll(descendants(c, type));
                }
            }
            return out;
        }

        private static long childCount(Node n, Class<? extends Node> type) {
            long count = 0;
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (type.isInstance(c)) {
                    count++;
                }
            }
            return count;
        }

        private static String stripFinalNewline(String s) {
            return s.replaceAll("\\R+\\z", "");
        }
    }
}
