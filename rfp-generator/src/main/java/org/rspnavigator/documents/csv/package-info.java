/**
 * CSV as the exports and imports of RSP Navigator write and read it: UTF-8 with a byte-order mark,
 * RFC 4180 quoting, CRLF, cells guarded against formula injection; and a tolerant reader that keeps
 * each record's line number, so that a file a user made can be fixed line by line.
 */
package org.rspnavigator.documents.csv;
