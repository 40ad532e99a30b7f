/**
 * Moving an organization's data between installations as one JSON document: exported as it is,
 * imported all or nothing after checking every part of it, and exact on a round trip; the export
 * and import endpoints.
 */
package org.rspnavigator.webapp.transfer;
