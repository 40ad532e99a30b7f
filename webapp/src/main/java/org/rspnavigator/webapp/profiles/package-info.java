/** IHE profiles in the application: selecting them by domain, status and portfolio group. */
package org.rspnavigator.webapp.profiles;
