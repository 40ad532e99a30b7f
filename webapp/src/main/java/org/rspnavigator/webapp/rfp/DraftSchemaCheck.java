package org.rspnavigator.webapp.rfp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.rspnavigator.webapp.platform.JsonSchemaFile;
import org.rspnavigator.webapp.platform.JsonSchemaFile.Violation;
import org.rspnavigator.webapp.platform.SchemaViolationException;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import io.swagger.v3.oas.models.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * Checks every spec and draft the RFP endpoints take against the draft's JSON Schema
 * ({@code /schemas/rfp-draft.schema.json}) before Jackson binds it, so that a value of the wrong
 * type or a missing field is refused with its JSON path ({@code $.draft.requirements[0].level:
 * required}) and nothing is written. A body that is not JSON at all goes on to Jackson, which says
 * at which line and column it breaks; what the schema cannot say is left to {@link RfpJson} and
 * the draft's own checks.
 */
@ControllerAdvice(assignableTypes = RfpController.class)
class DraftSchemaCheck extends RequestBodyAdviceAdapter {

    /** The form of an RFP draft, served at /schemas/rfp-draft.schema.json. */
    static final JsonSchemaFile DRAFT = RfpJson.DRAFT_SCHEMA;
    /** The spec inside it. */
    static final JsonSchemaFile SPEC = DRAFT.definition("spec");

    /**
     * In the OpenAPI document, specs and drafts (in requests and answers alike) are described by
     * this schema, which the document embeds (ApiDocumentation), rather than by their Java records.
     */
    DraftSchemaCheck() {
        SpringDocUtils.getConfig()
                .replaceWithSchema(RfpJson.Draft.class, new Schema<>().$ref("#/components/schemas/RfpDraft"))
                .replaceWithSchema(RfpJson.Spec.class, new Schema<>().$ref("#/components/schemas/RfpDraft.spec"));
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == RfpJson.Spec.class || targetType == RfpJson.Draft.class
                || targetType == RfpController.ProjectInput.class;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        // Who may send a draft at all is decided first: a vendor gets its 403, not a list of schema violations.
        RfpController.requirePlanner();
        byte[] body;
        try (InputStream in = input.getBody()) {
            body = in.readAllBytes();
        }
        JsonSchemaFile.parse(body).ifPresent(json -> check(json, targetType));
        HttpHeaders headers = input.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private static void check(JsonNode json, Type targetType) {
        List<Violation> violations = new ArrayList<>();
        String what;
        String schema = DRAFT.address();
        if (targetType == RfpJson.Spec.class) {
            what = "The spec";
            schema = SPEC.address();
            violations.addAll(SPEC.violations(json, "$"));
        } else if (targetType == RfpJson.Draft.class) {
            what = "The draft";
            violations.addAll(DRAFT.violations(json, "$"));
        } else {
            // {"version": …, "spec": …} or {"version": …, "draft": …}: the wrapper is Jackson's to read.
            what = "The request's spec or draft";
            if (json.isObject() && json.has("spec") && !json.get("spec").isNull()) {
                violations.addAll(SPEC.violations(json.get("spec"), "$.spec"));
            }
            if (json.isObject() && json.has("draft") && !json.get("draft").isNull()) {
                violations.addAll(DRAFT.violations(json.get("draft"), "$.draft"));
            }
        }
        if (!violations.isEmpty()) {
            throw new SchemaViolationException(what, schema, violations);
        }
    }
}
