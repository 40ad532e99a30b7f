/** The Vaadin views and the application frame. Views stay thin: they ask the catalog and lay out what it says. */
package org.rspnavigator.webapp.ui;
