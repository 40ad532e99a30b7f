package org.rspnavigator.webapp.catalog;

import java.nio.file.Path;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.load.CatalogLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The catalog, loaded and validated once at start-up. By default it is the one shipped in the
 * {@code catalog-data} module; {@code rsp.catalog.location} points at a directory instead (to try
 * an edited catalog without rebuilding). An invalid catalog stops the start with every problem
 * listed ({@link InvalidCatalogFailureAnalyzer}).
 */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogConfiguration.class);

    @Bean
    Catalog catalog(@Value("${rsp.catalog.location:}") String location) {
        Catalog catalog = StringUtils.hasText(location)
                ? CatalogLoader.load(Path.of(location))
                : CatalogLoader.loadFromClasspath();
        log.info("Catalog {} loaded from {}: {} standards, {} use cases", catalog.edition().edition(),
                StringUtils.hasText(location) ? location : "the class path", catalog.standards().size(),
                catalog.useCases().size());
        return catalog;
    }
}
