/**
 * RFP projects: planners' saved drafts (spec, requirements, mandates, clauses) with their
 * revisions, the JSON form the API and the database share, and the documents rendered from them.
 */
package org.rspnavigator.webapp.rfp;
