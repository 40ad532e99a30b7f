package org.rspnavigator.procurement.rfp;

import java.util.Objects;

/**
 * A locally mandated alternative to a portfolio standard, or an exception to one. Clause 5.1 of
 * ISO 21860 requires such exceptions to be documented; the RFP section prints them in their own
 * section.
 *
 * @param standard the catalog standard id it replaces or excepts, empty if general
 * @param text     the mandate and its reason (Markdown)
 */
public record LocalMandate(String title, String standard, String text) {

    public LocalMandate {
        Objects.requireNonNull(title, "title");
        standard = standard == null ? "" : standard;
        Objects.requireNonNull(text, "text");
    }
}
