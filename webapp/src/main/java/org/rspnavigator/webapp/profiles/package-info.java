/**
 * IHE profiles: the list filtered by domain, status and portfolio group, a page per profile with
 * its actors, transactions, options, groupings and actor diagram, and the profile endpoints of
 * the API.
 */
package org.rspnavigator.webapp.profiles;
