/**
 * Reading the catalog: Markdown files with YAML front matter are parsed, checked and linked into
 * a {@link org.rspnavigator.model.Catalog}. Every problem found is reported with its file and line,
 * all of them at once, so that a broken catalog file is never a silently missing entry.
 */
package org.rspnavigator.model.load;
