package org.rspnavigator.webapp.operations;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    /** The user in the log context of API requests, set right after Spring Security's filters. */
    @Bean
    FilterRegistrationBean<UserLogContext> userLogContext() {
        FilterRegistrationBean<UserLogContext> registration = new FilterRegistrationBean<>(new UserLogContext());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
