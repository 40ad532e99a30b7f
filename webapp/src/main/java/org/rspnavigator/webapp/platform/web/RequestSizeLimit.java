package org.rspnavigator.webapp.platform.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses API requests whose body is larger than {@code rsp.api.max-request-size} before reading
 * them, with a 413 problem document. Requests without a declared length are refused as well:
 * the API expects clients to send one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(@Value("${rsp.api.max-request-size:5MB}") org.springframework.util.unit.DataSize max) {
        this.maxBytes = max.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ProblemResponses.isApi(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean hasBody = length > 0 || "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (hasBody && (length < 0 || length > maxBytes)) {
            ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", length < 0
                    ? "Send the request with a Content-Length." : "The request body is larger than " + maxBytes + " bytes.");
            return;
        }
        chain.doFilter(request, response);
    }
}
