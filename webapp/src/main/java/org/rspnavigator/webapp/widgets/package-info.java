/**
 * Small Vaadin components and helpers that several features' views share: badges for ratings,
 * accessible tables, download links, tabs, a list editor, the "changed by someone else" dialog, the
 * Markdown renderer, the filter query string of an address, the text filter of a long list with its
 * address, and how dates are written. Nothing here knows a feature.
 */
package org.rspnavigator.webapp.widgets;
