package org.rspnavigator.webapp.operations;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other address under {@code /actuator} is not found, rather than being handed to the views.
 * Actuator's own endpoints are mapped before controllers, so the ones exposed are unaffected.
 */
@RestController
class UnexposedEndpoints {

    @RequestMapping("/actuator/**")
    ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "This operations endpoint is not exposed. See docs/operations.md."));
    }
}
