package org.rspnavigator.webapp.platform.web;

import org.rspnavigator.webapp.RspNavigatorApplication;

import org.rspnavigator.webapp.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How the API fails: a problem document with a clear message. Framework errors (bad method,
 * unreadable body, ...) get Spring's standard problem documents; anything unexpected is logged
 * and answered with a 500 that reveals nothing internal.
 */
@RestControllerAdvice(basePackageClasses = RspNavigatorApplication.class)
public class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(org.rspnavigator.webapp.platform.WorkNotFoundException.class)
    ProblemDetail workNotFound(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler({org.rspnavigator.webapp.platform.NotPermittedException.class,
        org.springframework.security.access.AccessDeniedException.class})
    ProblemDetail notPermitted(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not permitted");
        return problem;
    }

    /** A stale save: 409, and the client reloads before trying again. Nothing was written. */
    @ExceptionHandler({org.rspnavigator.webapp.platform.StaleEditException.class,
        org.springframework.orm.ObjectOptimisticLockingFailureException.class})
    ProblemDetail stale(RuntimeException e) {
        String detail = e instanceof org.rspnavigator.webapp.platform.StaleEditException ? e.getMessage()
                : "Someone else saved this at the same moment. Reload it, then apply your changes again.";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Changed by someone else");
        return problem;
    }

    /** The document queue is full: 503 with a Retry-After, nothing lost. */
    @ExceptionHandler(org.rspnavigator.webapp.platform.DocumentsBusyException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> busy(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Busy");
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, "30").body(problem);
    }

    /**
     * A document not made within its render budget, and stopped: 422, since trying again gives the
     * same answer (unlike the busy 503); the detail says to shorten the draft.
     */
    @ExceptionHandler(org.rspnavigator.documents.RenderBudget.ExceededException.class)
    ProblemDetail tooSlow(org.rspnavigator.documents.RenderBudget.ExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Document took too long");
        problem.setProperty("budgetSeconds", e.budget().toMillis() / 1000.0);
        return problem;
    }

    /** A statement file that cannot be read: every problem with its line, also as a list. */
    @ExceptionHandler(org.rspnavigator.documents.statement.StatementFormatException.class)
    ProblemDetail badStatement(org.rspnavigator.documents.statement.StatementFormatException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The statement file could not be read");
        problem.setProperty("problems", e.problems().stream()
                .map(p -> java.util.Map.of("line", p.line(), "message", p.message())).toList());
        return problem;
    }

    /** A returned response matrix that cannot be taken: every problem with its place (sheet, row and column). */
    @ExceptionHandler(org.rspnavigator.documents.rfp.ResponseMatrixReader.ResponseMatrixException.class)
    ProblemDetail badResponseMatrix(org.rspnavigator.documents.rfp.ResponseMatrixReader.ResponseMatrixException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The response matrix could not be read");
        problem.setProperty("problems", e.problems().stream()
                .map(p -> java.util.Map.of("place", p.place(), "message", p.message())).toList());
        return problem;
    }

    /**
     * A statement file or RFP draft of the wrong form, refused before it was read: every violation
     * with its JSON path, also as a list ({@code violations}), and the schema it breaks.
     */
    @ExceptionHandler(org.rspnavigator.webapp.platform.SchemaViolationException.class)
    ProblemDetail schemaViolation(org.rspnavigator.webapp.platform.SchemaViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Does not match its JSON Schema");
        problem.setProperty("schema", e.schema());
        problem.setProperty("violations", e.violations().stream()
                .map(v -> java.util.Map.of("path", v.path(), "message", v.message())).toList());
        return problem;
    }

    /**
     * The database cannot be reached (stopped, restarting, network cut, no connection free in time):
     * 503 with Retry-After, so that clients try again later. Logged in one line, not as an error.
     */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
        org.springframework.transaction.CannotCreateTransactionException.class,
        org.springframework.dao.TransientDataAccessException.class,
        java.sql.SQLTransientConnectionException.class, java.sql.SQLNonTransientConnectionException.class})
    org.springframework.http.ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request) {
        if (!DatabaseUnavailable.isCause(e)) {
            // A transient failure that is not an outage (a lock timeout, a deadlock): unexpected here.
            return org.springframework.http.ResponseEntity.internalServerError().body(unexpected(e, request));
        }
        DatabaseUnavailable.log(log, request.getMethod() + " " + request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
        problem.setTitle("Database unavailable");
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER,
                        String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        return problem;
    }

    /** Malformed JSON: say where, so the sender can fix it. */
    @Override
    protected org.springframework.http.ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException e, org.springframework.http.HttpHeaders headers,
            org.springframework.http.HttpStatusCode status, org.springframework.web.context.request.WebRequest request) {
        String detail = "The request body is not valid JSON of the expected shape.";
        Throwable cause = e.getCause();
        if (cause instanceof tools.jackson.core.JacksonException j && j.getLocation() != null) {
            String path = path(j);
            detail = "The request body is not valid at line " + j.getLocation().getLineNr() + ", column "
                    + j.getLocation().getColumnNr() + (path.isEmpty() ? "" : " (" + path + ")") + ": " + reason(j);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad request");
        return org.springframework.http.ResponseEntity.badRequest().body(problem);
    }

    /** Where in the body the problem is, as a client would write it: {@code spec.systems[0].quantity}. */
    static String path(tools.jackson.core.JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** Jackson's message, except for a fractional number sent for a whole one, which it words for programmers. */
    private static String reason(tools.jackson.core.JacksonException e) {
        if (e instanceof tools.jackson.databind.exc.InvalidFormatException f && f.getValue() instanceof Number n
                && isWholeNumberType(f.getTargetType())) {
            return "a whole number is expected here, not " + n + ".";
        }
        return e.getOriginalMessage();
    }

    private static boolean isWholeNumberType(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class
                || type == java.math.BigInteger.class;
    }

    @ExceptionHandler(Exception.class)
    org.springframework.http.ResponseEntity<ProblemDetail> anythingElse(Exception e, HttpServletRequest request) {
        if (DatabaseUnavailable.isCause(e)) {
            // An outage wrapped on the way (a failed commit, a persistence error): not a bug.
            return databaseUnavailable(e, request);
        }
        return org.springframework.http.ResponseEntity.internalServerError().body(unexpected(e, request));
    }

    private static ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not answer this request. The error has been logged.");
        problem.setTitle("Internal error");
        return problem;
    }

    /**
     * Any request under /api that no endpoint takes: a JSON 404 for a path nothing serves rather
     * than the application's HTML page, and for a path that exists the answer the HTTP specification
     * asks for: 405 with {@code Allow} for another method, 415 for a body of another media type, 406
     * when the client accepts none of the types the endpoint writes. This mapping matches every
     * request, so Spring cannot tell those cases apart by itself; the other mappings are asked here.
     */
    @RestController
    @io.swagger.v3.oas.annotations.Hidden // not an endpoint: the answer for every path no endpoint serves
    static class UnknownApiPath {

        private final RequestMappingHandlerMapping mappings;

        UnknownApiPath(@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                RequestMappingHandlerMapping mappings) {
            this.mappings = mappings;
        }

        @RequestMapping("/api/**")
        org.springframework.http.ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
            if (!org.springframework.web.util.ServletRequestPathUtils.hasParsedRequestPath(request)) {
                org.springframework.web.util.ServletRequestPathUtils.parseAndCache(request);
            }
            java.util.List<RequestMappingInfo> samePath = mappings.getHandlerMethods().keySet().stream()
                    .filter(info -> info.getPathPatternsCondition() != null
                            && !info.getPathPatternsCondition().getPatternValues().contains("/api/**")
                            && info.getPathPatternsCondition().getMatchingCondition(request) != null)
                    .toList();
            if (samePath.isEmpty()) {
                throw new NotFoundException("No API endpoint at " + request.getRequestURI()
                        + ". The API is described in docs/api.md.");
            }
            java.util.List<RequestMappingInfo> sameMethod = samePath.stream()
                    .filter(info -> info.getMethodsCondition().getMatchingCondition(request) != null).toList();
            if (sameMethod.isEmpty()) {
                java.util.Set<String> allowed = new java.util.TreeSet<>();
                samePath.forEach(info -> info.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name())));
                if (allowed.contains("GET")) {
                    allowed.add("HEAD");
                }
                String detail = request.getMethod() + " is not supported at " + request.getRequestURI() + "; use "
                        + String.join(", ", allowed) + ".";
                return answer(HttpStatus.METHOD_NOT_ALLOWED)
                        .header(org.springframework.http.HttpHeaders.ALLOW, String.join(", ", allowed))
                        .body(problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", detail));
            }
            java.util.List<RequestMappingInfo> sameBody = sameMethod.stream()
                    .filter(info -> info.getConsumesCondition().getMatchingCondition(request) != null).toList();
            if (sameBody.isEmpty()) {
                java.util.Set<String> accepted = new java.util.TreeSet<>();
                sameMethod.forEach(info -> info.getConsumesCondition().getConsumableMediaTypes()
                        .forEach(t -> accepted.add(t.toString())));
                String detail = "This endpoint does not take a body of type "
                        + (request.getContentType() == null ? "(none)" : request.getContentType())
                        + "; send " + String.join(" or ", accepted) + ".";
                return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                        .header(org.springframework.http.HttpHeaders.ACCEPT, String.join(", ", accepted))
                        .body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", detail));
            }
            java.util.Set<String> produced = new java.util.TreeSet<>();
            sameBody.forEach(info -> info.getProducesCondition().getProducibleMediaTypes()
                    .forEach(t -> produced.add(t.toString())));
            String detail = "This endpoint answers with " + String.join(" or ", produced)
                    + ", which the request's Accept header does not allow.";
            return answer(HttpStatus.NOT_ACCEPTABLE)
                    .body(problem(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", detail));
        }

        private static org.springframework.http.ResponseEntity.BodyBuilder answer(HttpStatus status) {
            return org.springframework.http.ResponseEntity.status(status)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        }

        private static ProblemDetail problem(HttpStatus status, String title, String detail) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            return problem;
        }
    }
}
