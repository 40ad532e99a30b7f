package org.rspnavigator.webapp.search;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.search.CatalogSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search index, built in memory from the catalog once at start-up and closed on shutdown. */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean(destroyMethod = "close")
    CatalogSearch catalogSearch(Catalog catalog) {
        long start = System.nanoTime();
        CatalogSearch search = CatalogSearch.build(catalog);
        log.info("Search index built in {} ms", (System.nanoTime() - start) / 1_000_000);
        return search;
    }
}
