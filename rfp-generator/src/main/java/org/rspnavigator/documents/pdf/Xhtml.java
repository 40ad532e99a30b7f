package org.rspnavigator.documents.pdf;

/**
 * Escaping for text placed into the XHTML that {@link PdfRenderer} reads. Every piece of catalog or
 * user text goes through {@link #escape(String)}, so that a stray {@code <} or {@code &} cannot
 * break the document or add markup to it.
 */
public final class Xhtml {

    private Xhtml() {
    }

    /**
     * {@code text} escaped for XML element content and double-quoted attribute values. Characters
     * that XML 1.0 cannot carry at all (most control characters, unpaired surrogates) are dropped
     * rather than letting the parser fail on a user's stray byte.
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
