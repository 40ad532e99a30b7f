/** The search index as an application bean, the timed search the API and views use, and search requests as URL parameters. */
package org.rspnavigator.webapp.search;
