package org.rspnavigator.webapp.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
 * Refuses a request whose query string is not UTF-8 in percent-encoding ({@code ?q=%FF},
 * {@code ?q=%zz}) with a 400, before anything reads its parameters: the server would otherwise
 * fail while decoding them and answer 500. API clients get a problem document.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryStringGuard extends OncePerRequestFilter {

    static final String DETAIL = "The query string is not valid: parameters must be UTF-8, percent-encoded "
            + "(RFC 3986).";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isValid(request.getQueryString())) {
            chain.doFilter(request, response);
        } else if (ProblemResponses.isApi(request.getRequestURI())) {
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "Bad request", DETAIL);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value(), DETAIL);
        }
    }

    /** Whether every percent-escape is complete and the decoded bytes are well-formed UTF-8. */
    static boolean isValid(String query) {
        if (query == null || query.isEmpty()) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length()) {
                    return false;
                }
                int high = Character.digit(query.charAt(i + 1), 16);
                int low = Character.digit(query.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // Tomcat hands over a raw query string byte by byte as ISO-8859-1; a raw non-ASCII byte is not
                // percent-encoded, but browsers send UTF-8 that way, so it is judged as part of the byte stream.
                bytes.write(c & 0xff);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
