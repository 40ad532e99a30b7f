package org.rspnavigator.diagrams;

import java.util.Locale;

/** An sRGB colour, with the mixing and the WCAG 2 contrast arithmetic the charts need. */
public record Colour(int red, int green, int blue) {

    public static final Colour WHITE = new Colour(255, 255, 255);
    public static final Colour BLACK = new Colour(0, 0, 0);

    /** Contrast WCAG 2 asks of normal-size text (1.4.3, level AA). */
    public static final double MIN_TEXT_CONTRAST = 4.5;

    public Colour {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("channels are 0–255");
        }
    }

    /** Parses {@code #1b6e3a}. */
    public static Colour hex(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** This colour moved towards {@code other} by {@code share} (0 = this, 1 = other). */
    public Colour mix(Colour other, double share) {
        double s = Math.clamp(share, 0, 1);
        return new Colour((int) Math.round(red + (other.red - red) * s),
                (int) Math.round(green + (other.green - green) * s),
                (int) Math.round(blue + (other.blue - blue) * s));
    }

    /** Relative luminance as WCAG 2 defines it. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The WCAG 2 contrast ratio of two colours, from 1 to 21. */
    public static double contrast(Colour a, Colour b) {
        double la = a.luminance();
        double lb = b.luminance();
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
