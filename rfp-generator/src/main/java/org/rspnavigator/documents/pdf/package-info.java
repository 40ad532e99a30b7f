/**
 * The PDF infrastructure every document of RSP Navigator shares: XHTML and CSS in, a tagged
 * PDF/UA-1 (and PDF/A-3u) document out, with DejaVu Sans embedded so that text in any language
 * prints, document metadata and language set, bookmarks made from the headings and pages numbered.
 * Built on openhtmltopdf and PDFBox.
 */
package org.rspnavigator.documents.pdf;
