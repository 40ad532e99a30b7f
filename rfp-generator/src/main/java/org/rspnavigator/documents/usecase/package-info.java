/**
 * Exports of a use case as its matrix of standards × systems, for people who take it elsewhere: a
 * CSV file and an XLSX workbook with the same columns and rows, narrowed to the rows and system
 * columns the caller chose (typically those that concern one kind of system).
 */
package org.rspnavigator.documents.usecase;
