/**
 * What every feature stands on: the exceptions for "not found", "not permitted" and "changed by
 * someone else", the base of saved work, the bounded queue every document is made on, the names
 * of downloaded files and the clock.
 * Nothing here knows a feature.
 */
package org.rspnavigator.webapp.platform;
