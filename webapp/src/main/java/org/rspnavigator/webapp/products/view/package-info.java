/**
 * The products views: the list of products, and the product view with its panels: the statement header form, the claimed profile actors, what the
 * catalog finds in them, the statement's downloads, and the gap analysis against a use case. They
 * tell the view what changed with events ({@link org.rspnavigator.webapp.products.view.ClaimsChanged},
 * {@link org.rspnavigator.webapp.products.view.StatusChanged}) and never call back into it.
 */
package org.rspnavigator.webapp.products.view;
