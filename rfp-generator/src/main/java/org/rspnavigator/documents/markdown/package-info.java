/**
 * Markdown to HTML for text that ends up in a browser or a printed document: the catalog's own
 * descriptions now, text that users type later. Raw HTML is shown as text, never passed through,
 * and every result goes through an allow-list sanitizer.
 */
package org.rspnavigator.documents.markdown;
