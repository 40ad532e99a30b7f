/**
 * The web application: Spring Boot wiring, the Vaadin views ({@code ui}), the JSON API
 * ({@code api}) and the catalog as a Spring bean ({@code catalog}). The only module that knows
 * Spring or Vaadin.
 */
package org.rspnavigator.webapp;
