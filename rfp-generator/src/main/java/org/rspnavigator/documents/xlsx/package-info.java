/**
 * XLSX workbooks as the exports of RSP Navigator write them: a table sheet with a bold, frozen
 * header row and an auto-filter, and a sheet of notes on what the table holds; never a formula,
 * whatever a text starts with.
 */
package org.rspnavigator.documents.xlsx;
