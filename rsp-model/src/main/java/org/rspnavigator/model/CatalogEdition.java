package org.rspnavigator.model;

import java.util.Objects;

/**
 * Which catalog this is: the project's edition label and the document it carries facts from.
 * Documents generated from the catalog print it so that a reader knows what they were made from.
 */
public record CatalogEdition(String edition, String sourceDocument, String sourceTitle) {

    public CatalogEdition {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(sourceDocument, "sourceDocument");
        Objects.requireNonNull(sourceTitle, "sourceTitle");
    }
}
