package org.rspnavigator.procurement.rfp;

import java.util.regex.Pattern;

import org.rspnavigator.procurement.FieldLimits;

/**
 * What is done to text a planner wrote before it goes into any RFP document: length caps (those of
 * {@link FieldLimits}, which validation enforces; here for drafts that were never validated), so
 * that a pasted megabyte neither crashes nor stalls the renderers, and removal of {@code <script>}
 * elements from Markdown. Escaping and sanitizing are the job of each output (XHTML escaping and
 * {@link org.rspnavigator.markup.SafeMarkdown} for the PDFs, plain runs for Word, RFC
 * 4180 and JSON quoting for the matrices); this class only decides what text is left to render.
 */
public final class PlannerText {

    /** The most characters of one Markdown text (a clause, a mandate) that is rendered. */
    public static final int MAX_MARKDOWN = FieldLimits.MARKDOWN;
    /** The most characters of a requirement's text or rationale, or of a system's notes. */
    public static final int MAX_PARAGRAPH = FieldLimits.TEXT;
    /** The most characters of a name or title: project, organization, clause or mandate title. */
    public static final int MAX_NAME = FieldLimits.TITLE;
    /** Markdown deeper than this (block quotes in block quotes, lists in lists) is flattened. */
    public static final int MAX_NESTING = 12;

    /** {@code <script ...>...</script>}, and unmatched script tags, in any letter case. */
    private static final Pattern SCRIPT_ELEMENT = Pattern.compile("(?is)<script\\b[^>]*>.*?</script\\s*>");
    private static final Pattern SCRIPT_TAG = Pattern.compile("(?i)</?script\\b[^>]*>?");

    private PlannerText() {
    }

    /** A one-line name: white space runs made single spaces, cut at {@link #MAX_NAME} with an ellipsis. */
    public static String name(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_NAME ? line : cutAt(line, MAX_NAME - 1).stripTrailing() + "…";
    }

    /** Plain text (a requirement, a rationale, notes), cut at {@link #MAX_PARAGRAPH} with an ellipsis. */
    public static String paragraph(String text) {
        String plain = text == null ? "" : text.strip();
        return plain.length() <= MAX_PARAGRAPH ? plain : cutAt(plain, MAX_PARAGRAPH - 1).stripTrailing() + "…";
    }

    /**
     * Planner Markdown ready for a renderer: scripts removed, nesting flattened beyond
     * {@link #MAX_NESTING}, and cut at {@link #MAX_MARKDOWN} characters with a note saying so.
     */
    public static String markdown(String text) {
        String source = text == null ? "" : text;
        String cut = source.length() <= MAX_MARKDOWN ? source : cutAt(source, MAX_MARKDOWN);
        String clean = flattenNesting(withoutScripts(cut)).strip();
        if (cut.length() < source.length()) {
            clean += "\n\n*[The text was cut here: it is " + String.format(java.util.Locale.ROOT, "%,d", source.length())
                    + " characters long, and at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_MARKDOWN)
                    + " characters are printed.]*";
        }
        return clean;
    }

    static String withoutScripts(String text) {
        String out = SCRIPT_ELEMENT.matcher(text).replaceAll("");
        return SCRIPT_TAG.matcher(out).replaceAll("");
    }

    /**
     * Markdown nests block quotes and lists as deep as their markers go, and the parser, the HTML
     * sanitizer and the PDF layout all recurse once per level: a line of ten thousand {@code >}
     * would overflow the stack. A line that opens more than {@link #MAX_NESTING} levels at once
     * opens {@value #MAX_NESTING} block quotes instead, and keeps its text. (Nesting by indentation
     * needs two or more spaces a level, so the length cap bounds it well below any stack limit.)
     */
    static String flattenNesting(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int markers = 0;
            int afterMarkers = lineStart;
            int i = lineStart;
            while (true) {
                while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                int marker = markerLength(text, i, lineEnd);
                if (marker == 0) {
                    break;
                }
                i += marker;
                markers++;
                afterMarkers = i;
            }
            if (markers > MAX_NESTING) {
                out.append("> ".repeat(MAX_NESTING));
                int rest = afterMarkers;
                while (rest < lineEnd && (text.charAt(rest) == ' ' || text.charAt(rest) == '\t')) {
                    rest++;
                }
                out.append(text, rest, lineEnd);
            } else {
                out.append(text, lineStart, lineEnd);
            }
            if (lineEnd < text.length()) {
                out.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    /**
     * The length of the block-quote or list marker at {@code i}: {@code >}, or {@code -}, {@code *},
     * {@code +}, {@code 1.}, {@code 1)} followed by white space; 0 if there is none.
     */
    private static int markerLength(String text, int i, int end) {
        if (i >= end) {
            return 0;
        }
        char c = text.charAt(i);
        if (c == '>') {
            return 1;
        }
        if ((c == '-' || c == '*' || c == '+') && i + 1 < end && isBlank(text.charAt(i + 1))) {
            return 1;
        }
        int j = i;
        while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j > i && j + 1 < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && isBlank(text.charAt(j + 1))) {
            return j + 1 - i;
        }
        return 0;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** The first {@code max} characters, not splitting a surrogate pair, ending at a word break if one is near. */
    private static String cutAt(String text, int max) {
        int end = max;
        if (Character.isLowSurrogate(text.charAt(end)) && end > 0) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        int newline = text.lastIndexOf('\n', end);
        int brk = Math.max(space, newline);
        if (brk > end - 200 && brk > 0) {
            end = brk;
        }
        return text.substring(0, end);
    }
}
