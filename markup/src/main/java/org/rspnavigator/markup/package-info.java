/**
 * Text made safe to place in markup, one implementation for every module: {@link
 * org.rspnavigator.markup.Markup} escapes text for HTML, XHTML and SVG, {@link
 * org.rspnavigator.markup.Slugs} makes the slugs of file names and anchors, and {@link
 * org.rspnavigator.markup.SafeMarkdown} turns the catalog's and users' Markdown into HTML for a
 * browser and XHTML for a printed document. Raw HTML in Markdown is shown as text, never passed
 * through, and every result goes through an allow-list sanitizer.
 */
package org.rspnavigator.markup;
