package org.rspnavigator.markup;

import java.util.Locale;

/**
 * Slugs: text turned into lower-case ASCII letters and digits joined by hyphens, for the names of
 * files people download and for anchors in pages ("Imaging Renewal 2027" → "imaging-renewal-2027",
 * "Image Manager/Image Archive" → "image-manager-image-archive").
 */
public final class Slugs {

    private Slugs() {
    }

    /**
     * Every run of characters other than ASCII letters and digits (after lower-casing) made one
     * hyphen, and none left at either end; empty when nothing is left.
     */
    public static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * {@link #slug(String)} cut to at most {@code maxLength} characters (and then without a
     * trailing hyphen), or {@code fallback} when nothing is left.
     */
    public static String slug(String text, int maxLength, String fallback) {
        String slug = slug(text);
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength).replaceAll("-$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
