/**
 * RFP projects: planners' saved drafts (spec, requirements, mandates, clauses) with their
 * revisions, the JSON form the API and the database share, and the documents rendered from them;
 * bidders' statements and their evidence matrix; the {@code /rfp} endpoints. The views
 * are in {@code rfp.view}.
 */
package org.rspnavigator.webapp.rfp;
