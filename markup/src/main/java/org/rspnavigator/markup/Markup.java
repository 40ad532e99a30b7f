package org.rspnavigator.markup;

/**
 * Escaping for text placed into markup: HTML and XHTML pages, the XHTML the PDF renderer reads,
 * and SVG. Every piece of catalog or user text goes through {@link #escape(String)}, so that a
 * stray {@code <} or {@code &} can neither break a document nor add markup to it.
 */
public final class Markup {

    private Markup() {
    }

    /**
     * {@code text} escaped for element content and for attribute values in double or single
     * quotes ({@code & < > " '}). Characters that XML 1.0 cannot carry at all (control characters
     * other than tab, line feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF) are
     * dropped rather than letting a parser fail on a user's stray byte; characters outside the
     * Basic Multilingual Plane (a surrogate pair) are kept.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
