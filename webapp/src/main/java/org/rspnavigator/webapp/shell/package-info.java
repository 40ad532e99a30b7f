/**
 * The frame around the views: the layout with its navigation and account menu, the pages for an
 * unknown address and for an unreachable database, and how an unexpected error in a view is
 * shown. It is the top floor: it knows the features' views, none of them knows it.
 */
package org.rspnavigator.webapp.shell;
