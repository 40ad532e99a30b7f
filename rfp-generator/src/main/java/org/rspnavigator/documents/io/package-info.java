/**
 * Reading files that come from outside within limits: {@link org.rspnavigator.documents.io.BoundedInput}
 * stops compressed input (a PDF stream, a zip entry of an XLSX or DOCX file) as soon as it unpacks
 * to more than it may, so that a small file cannot make the server unpack gigabytes.
 */
package org.rspnavigator.documents.io;
