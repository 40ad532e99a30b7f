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
        String text = LINK.matcher(markdown).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = LINE_MARK.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
