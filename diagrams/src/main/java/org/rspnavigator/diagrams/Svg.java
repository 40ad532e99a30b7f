package org.rspnavigator.diagrams;

import java.util.Locale;

import org.rspnavigator.markup.Markup;

/**
 * A minimal SVG writer: elements with attributes given as name–value pairs, every attribute value
 * and text escaped ({@link Markup#escape}), coordinates written without needless decimals.
 */
public final class Svg {

    public static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private final StringBuilder out = new StringBuilder(8192);

    /** A coordinate or length: "12", "12.5", never "12.0" or "1.2E1". */
    public static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    public Svg open(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        return this;
    }

    public Svg close(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element without content: {@code <rect .../>}. */
    public Svg empty(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** An element holding text only: {@code <text ...>escaped</text>}. */
    public Svg text(String name, String text, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>').append(Markup.escape(text)).append("</").append(name).append(">\n");
        return this;
    }

    /** Markup written as is; only for constant, trusted text such as the style sheet. */
    public Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name–value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(Markup.escape(attributes[i + 1])).append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
