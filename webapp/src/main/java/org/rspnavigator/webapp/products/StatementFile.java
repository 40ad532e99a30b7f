package org.rspnavigator.webapp.products;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.rspnavigator.webapp.platform.web.QueryParameters;
import io.swagger.v3.oas.models.parameters.RequestBody;

/**
 * Marks a request body that is a statement file. The endpoint reads the raw bytes (the JSON, or a
 * statement PDF carrying it), so springdoc could not tell what they are; the OpenAPI document
 * describes such a body by the statement's JSON Schema, and a PDF where the endpoint takes one.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface StatementFile {

    /** The statement's JSON Schema among the document's components (ApiDocumentation). */
    String SCHEMA = "#/components/schemas/IheIntegrationStatement";

    /** Describes every body marked {@link StatementFile} in the OpenAPI document. */
    @Configuration
    class Documentation {

        @Bean
        OperationCustomizer statementFiles() {
            return (operation, handler) -> {
                for (MethodParameter parameter : handler.getMethodParameters()) {
                    if (parameter.hasParameterAnnotation(StatementFile.class) && operation.getRequestBody() != null) {
                        Content content = operation.getRequestBody().getContent();
                        Content described = new Content();
                        if (content == null || content.containsKey("application/json")) {
                            described.addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(SCHEMA)));
                        }
                        if (content != null && content.containsKey("application/pdf")) {
                            described.addMediaType("application/pdf", new MediaType().schema(
                                    QueryParameters.typed("string").contentMediaType("application/pdf")));
                        }
                        operation.setRequestBody(new RequestBody().required(true).content(described)
                                .description("An IHE Integration Statement file: its JSON"
                                        + (described.containsKey("application/pdf")
                                                ? ", or a statement PDF made by RSP Navigator (which carries it)." : ".")));
                    }
                }
                return operation;
            };
        }
    }
}
