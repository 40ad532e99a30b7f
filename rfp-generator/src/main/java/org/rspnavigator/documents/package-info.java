/**
 * Documents made from the catalog, in plain Java (no Spring, no Vaadin) so that they can be
 * tested in milliseconds and used by the web application and by batch tools alike.
 *
 * <ul>
 * <li>{@link org.rspnavigator.documents.io}: reading compressed input from outside within limits;</li>
 * <li>{@link org.rspnavigator.documents.pdf}: the shared PDF infrastructure (tagged PDF/UA with
 * embedded fonts);</li>
 * <li>{@link org.rspnavigator.documents.portfolio}: exports of a filtered portfolio view (CSV, PDF).</li>
 * </ul>
 */
package org.rspnavigator.documents;
