/** The catalog as an application bean, and how an invalid one stops the start. */
package org.rspnavigator.webapp.catalog;
