package org.rspnavigator.webapp.platform;

import org.rspnavigator.markup.Slugs;

/** Names of the files users download, made from what they named their work. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * "Imaging Renewal 2027" → "imaging-renewal-2027": lower case ASCII letters and digits joined by
     * hyphens, at most 60 characters; {@code fallback} when nothing is left.
     */
    public static String slug(String name, String fallback) {
        return Slugs.slug(name, 60, fallback);
    }

    /** "St. Example Hospital" → "rsp-st-example-hospital.json": an organization's exported data. */
    public static String organizationExport(String organization) {
        return "rsp-" + slug(organization, "organization") + ".json";
    }
}
