package org.rspnavigator.documents.rfp;

import java.util.Objects;

import org.rspnavigator.documents.pdf.PdfRenderer;
import org.rspnavigator.markup.SafeMarkdown;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.procurement.rfp.PlannerText;
import org.rspnavigator.procurement.rfp.ResolvedRfp;
import org.rspnavigator.procurement.rfp.RfpDocument;

/**
 * The documents a planner puts in a tender, made from an {@link RfpDocument}:
 *
 * <ul>
 * <li>{@link #rfpPdf} — the interoperability section of the RFP, A4 portrait, tagged PDF/UA-1 and
 * PDF/A-3u: title page, contents, how to read it, the numbered requirements by system and
 * portfolio category, local mandates and exceptions, additional clauses, the vendor response
 * matrix and a glossary of every standard and profile cited;</li>
 * <li>{@link #rfpDocx} — the same section as an editable Word document;</li>
 * <li>{@link #checklistPdf} — the integration-statement checklist: per system, the profiles,
 * actors and options required, laid out as an IHE Integration Statement (Appendix F);</li>
 * <li>{@link #responseMatrixCsv} and {@link #responseMatrixJson} — the response matrix as data, and
 * {@link #responseMatrixXlsx} as a workbook to fill in.</li>
 * </ul>
 *
 * <p>Each takes an RFP whose catalog entries were found once ({@link ResolvedRfp}: from a validated
 * draft, {@link org.rspnavigator.procurement.rfp.ResolvedDraft#toDocument}, or from
 * {@link RfpDocument#resolve}), or an {@link RfpDocument} to resolve against this catalog first: every id
 * in it (system types, standards, profiles, actors, options, categories) must be in the catalog, and
 * an unknown one is an {@link IllegalArgumentException} that names each. Planner text is escaped or
 * sanitized in every output, and capped so that enormous input renders in bounded time (see
 * {@link PlannerText}).
 *
 * <p>Immutable and safe to share between threads.
 */
public final class RfpDocuments {

    private final Catalog catalog;
    private final RfpPdf rfpPdf;
    private final ChecklistPdf checklistPdf;
    private final RfpDocx rfpDocx;

    public RfpDocuments(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        PdfRenderer renderer = new PdfRenderer();
        this.rfpPdf = new RfpPdf(new SafeMarkdown(), renderer);
        this.checklistPdf = new ChecklistPdf(renderer);
        this.rfpDocx = new RfpDocx();
    }

    /** The RFP interoperability section as a tagged PDF (PDF/UA-1, PDF/A-3u). */
    public byte[] rfpPdf(ResolvedRfp rfp) {
        return rfpPdf.render(RfpContent.of(rfp));
    }

    /** The integration-statement checklist as a tagged PDF (PDF/UA-1, PDF/A-3u). */
    public byte[] checklistPdf(ResolvedRfp rfp) {
        return checklistPdf.render(RfpContent.of(rfp));
    }

    /** The RFP interoperability section as a Word document (.docx). */
    public byte[] rfpDocx(ResolvedRfp rfp) {
        return rfpDocx.render(RfpContent.of(rfp));
    }

    /**
     * The vendor response matrix as CSV: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line
     * ends, a header row and one row per requirement; cells a spreadsheet would take for a formula
     * start with an apostrophe.
     */
    public byte[] responseMatrixCsv(ResolvedRfp rfp) {
        return ResponseMatrix.csv(RfpContent.of(rfp));
    }

    /**
     * The vendor response matrix as an XLSX workbook for bid teams: the requirements locked, a drop-down
     * of answers and a date column open, frozen header and filters, A4 landscape print layout, the
     * answers' meanings, and a hidden sheet naming the project, revision and catalog edition.
     */
    public byte[] responseMatrixXlsx(ResolvedRfp rfp) {
        return ResponseMatrixXlsx.render(RfpContent.of(rfp));
    }

    /** {@link #responseMatrixXlsx(ResolvedRfp)} of {@code doc} resolved against this catalog. */
    public byte[] responseMatrixXlsx(RfpDocument doc) {
        return responseMatrixXlsx(resolve(doc));
    }

    /** The vendor response matrix as JSON: the project, then one object per requirement with empty bidder fields. */
    public String responseMatrixJson(ResolvedRfp rfp) {
        return ResponseMatrix.json(RfpContent.of(rfp));
    }

    /** {@link #rfpPdf(ResolvedRfp)} of {@code doc} resolved against this catalog. */
    public byte[] rfpPdf(RfpDocument doc) {
        return rfpPdf(resolve(doc));
    }

    /** {@link #checklistPdf(ResolvedRfp)} of {@code doc} resolved against this catalog. */
    public byte[] checklistPdf(RfpDocument doc) {
        return checklistPdf(resolve(doc));
    }

    /** {@link #rfpDocx(ResolvedRfp)} of {@code doc} resolved against this catalog. */
    public byte[] rfpDocx(RfpDocument doc) {
        return rfpDocx(resolve(doc));
    }

    /** {@link #responseMatrixCsv(ResolvedRfp)} of {@code doc} resolved against this catalog. */
    public byte[] responseMatrixCsv(RfpDocument doc) {
        return responseMatrixCsv(resolve(doc));
    }

    /** {@link #responseMatrixJson(ResolvedRfp)} of {@code doc} resolved against this catalog. */
    public String responseMatrixJson(RfpDocument doc) {
        return responseMatrixJson(resolve(doc));
    }

    /**
     * {@code doc} resolved against this catalog ({@link RfpDocument#resolve}).
     *
     * @throws IllegalArgumentException naming every id the catalog lacks
     */
    public ResolvedRfp resolve(RfpDocument doc) {
        return Objects.requireNonNull(doc, "doc").resolve(catalog);
    }
}
