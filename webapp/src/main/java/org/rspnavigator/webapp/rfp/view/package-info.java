/**
 * The RFP views: the list of a planner's projects, and the project view with its panels: the scope form, the requirements, the local mandates and
 * custom clauses, the documents, the bidders and the history. They share the draft being edited
 * through a {@link org.rspnavigator.webapp.rfp.view.DraftState} and tell the view what happened
 * with events ({@link org.rspnavigator.webapp.rfp.view.DraftChanged},
 * {@link org.rspnavigator.webapp.rfp.view.RevisionOpened}); they never call back into the view,
 * which wires them and saves.
 */
package org.rspnavigator.webapp.rfp.view;
