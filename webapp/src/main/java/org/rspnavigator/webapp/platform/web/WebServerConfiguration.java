package org.rspnavigator.webapp.platform.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings of the embedded web server that the application relies on. */
@Configuration(proxyBeanMethods = false)
class WebServerConfiguration {

    /**
     * An encoded slash in a path ({@code /api/v1/standards/a%2Fb}) reaches the application instead
     * of being refused by Tomcat with an HTML page, so that the API answers it with its own JSON
     * 404. Ids are only ever looked up in the catalog, never used as file paths.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheApplication() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }
}
