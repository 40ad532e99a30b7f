/** The search index as an application bean, and search requests as URL parameters. */
package org.rspnavigator.webapp.search;
