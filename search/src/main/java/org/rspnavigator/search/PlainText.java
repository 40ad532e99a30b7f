package org.rspnavigator.search;

import java.util.regex.Pattern;

/**
 * The catalog's prose is light Markdown; the index and the snippets want the words only. This
 * drops the markup that the catalog uses (emphasis, code spans, links, headings, list marks)
 * and joins lines, which is all a snippet needs; it is not a Markdown renderer.
 */
final class PlainText {

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern LINE_MARK = Pattern.compile("(?m)^\\s{0,3}(?:#{1,6}\\s+|[-*+]\\s+|\\d+[.)]\\s+|>\\s?)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|`+)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    static String of(String markdown) {
        if (!hasMarkup(markdown)) {
            return collapseSpace(markdown);
        }
        String text = LINK.matcher(markdown).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = LINE_MARK.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Whether any of the markup removed above may be there (most prose has none). */
    private static boolean hasMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '`' || c == '[' || c == '<' || c == '#' || c == '>') {
                return true;
            }
            if (c == '\n') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) == ' ') {
                    j++;
                }
                if (j < text.length() && (text.charAt(j) == '-' || text.charAt(j) == '+' || Character.isDigit(text.charAt(j)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String collapseSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
