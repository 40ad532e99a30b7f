package org.rspnavigator.webapp.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests that Spring Security's firewall refuses (a path with {@code ..}, a semicolon, a
 * non-printable character, a header it cannot trust) are the client's fault: 400, and for the API
 * a problem document like every other error, instead of the servlet container's 500 page.
 */
@Configuration(proxyBeanMethods = false)
class RequestRejections {

    private static final Logger log = LoggerFactory.getLogger(RequestRejections.class);

    static final String DETAIL = "The request was refused because its address or headers are not allowed "
            + "(for example '..', ';', '//' or a control character in the path).";

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
            if (ProblemResponses.isApi(request.getRequestURI())) {
                ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "Bad request", DETAIL);
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value(), DETAIL);
            }
        };
    }
}
