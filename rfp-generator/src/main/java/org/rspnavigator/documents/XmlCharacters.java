package org.rspnavigator.documents;

/**
 * The characters XML 1.0 can carry. Word and spreadsheet files are XML inside: a control character
 * pasted into a requirement or a note would make Word or Excel refuse the whole file, so their
 * writers drop what XML cannot hold.
 */
public final class XmlCharacters {

    private XmlCharacters() {
    }

    /** {@code text} without the characters XML 1.0 cannot carry (unpaired surrogates included). */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(ch).append(text.charAt(++i));
            } else if (ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF)
                    || (ch >= 0xE000 && ch <= 0xFFFD)) {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
