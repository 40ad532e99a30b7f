/**
 * Documents and file formats, in plain Java (no Spring, no Vaadin) so that they can be tested in
 * milliseconds and used by the web application and by batch tools alike. What a document says is
 * decided elsewhere: by the catalog ({@code rsp-model}) and by the procurement domain
 * ({@link org.rspnavigator.procurement}); the packages here only lay it out and write it.
 * {@link org.rspnavigator.documents.RenderBudget} bounds the time any of them may take.
 *
 * <ul>
 * <li>{@link org.rspnavigator.documents.pdf}: the shared PDF infrastructure (tagged PDF/UA with
 * embedded fonts), and attachments read back from PDFs users upload;</li>
 * <li>{@link org.rspnavigator.documents.csv}: CSV as every export writes it and every import reads it;</li>
 * <li>{@link org.rspnavigator.documents.io}: reading compressed input from outside within limits;</li>
 * <li>{@link org.rspnavigator.documents.xlsx}: XLSX workbooks as every export writes them;</li>
 * <li>{@link org.rspnavigator.documents.portfolio}: exports of a filtered portfolio view (CSV, XLSX, PDF);</li>
 * <li>{@link org.rspnavigator.documents.usecase}: exports of a use case's matrix (CSV, XLSX);</li>
 * <li>{@link org.rspnavigator.documents.rfp}: the RFP section (PDF, Word), its response matrix (CSV,
 * JSON) and the integration-statement checklist (PDF);</li>
 * <li>{@link org.rspnavigator.documents.statement}: Integration Statements as JSON, CSV and PDF, gap
 * reports and bidder comparisons as PDF and CSV.</li>
 * </ul>
 */
package org.rspnavigator.documents;
