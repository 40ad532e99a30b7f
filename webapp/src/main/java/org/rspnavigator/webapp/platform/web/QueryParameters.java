package org.rspnavigator.webapp.platform.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.rspnavigator.model.Term;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.util.MultiValueMap;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Query parameters for the OpenAPI document, of the endpoints that take their query as a whole
 * ({@code @RequestParam MultiValueMap}) to share the filters of a view's address: springdoc sees one
 * opaque map there, so each such endpoint's package lists the parameters it reads, with the values
 * of their vocabulary taken from the vocabulary itself.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** Any of the vocabulary's slugs, comma-separated or repeated. */
    public static <E extends Enum<E> & Term> Parameter anyOf(String name, Class<E> vocabulary, String description) {
        return anyOf(name, slugs(vocabulary), description);
    }

    /** Any of {@code values}, comma-separated or repeated. */
    public static Parameter anyOf(String name, List<String> values, String description) {
        Schema<String> item = typed("string");
        item.setEnum(values);
        ArraySchema array = new ArraySchema();
        array.types(java.util.Set.of("array"));
        return query(name, description + " Any of these, comma-separated or repeated.", array.items(item))
                .explode(true);
    }

    /** One of the vocabulary's slugs. */
    public static <E extends Enum<E> & Term> Parameter oneOf(String name, Class<E> vocabulary, String description) {
        Schema<String> schema = typed("string");
        schema.setEnum(slugs(vocabulary));
        return query(name, description, schema);
    }

    /** Text of at most {@code maxLength} characters. */
    public static Parameter text(String name, int maxLength, boolean required, String description) {
        return query(name, description, QueryParameters.<String>typed("string").maxLength(maxLength)).required(required);
    }

    /** A whole number from {@code min} to {@code max}; {@code byDefault} when absent, if not null. */
    public static Parameter wholeNumber(String name, int min, int max, Integer byDefault, String description) {
        Schema<Integer> schema = QueryParameters.<Integer>typed("integer").minimum(java.math.BigDecimal.valueOf(min))
                .maximum(java.math.BigDecimal.valueOf(max));
        if (byDefault != null) {
            schema.setDefault(byDefault);
        }
        return query(name, description, schema);
    }

    /**
     * Replaces, on each endpoint whose handler takes a {@code MultiValueMap} of query parameters, the
     * map by the parameters {@code described} lists for its handler method (none: left as it is).
     */
    public static OperationCustomizer forQueryMaps(Function<Method, List<Parameter>> described) {
        return (operation, handler) -> {
            boolean takesMap = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> MultiValueMap.class.isAssignableFrom(p.getParameterType()));
            List<Parameter> parameters = takesMap ? described.apply(handler.getMethod()) : List.of();
            if (!parameters.isEmpty()) {
                List<Parameter> kept = new ArrayList<>(operation.getParameters() == null ? List.of()
                        : operation.getParameters().stream().filter(p -> !"query".equals(p.getIn())).toList());
                kept.addAll(parameters);
                operation.setParameters(kept);
            }
            return operation;
        };
    }

    /** A schema of one JSON type, as OpenAPI 3.1 writes it ({@code types}) and 3.0 would ({@code type}). */
    public static <T> Schema<T> typed(String type) {
        Schema<T> schema = new Schema<>();
        schema.type(type);
        schema.types(java.util.Set.of(type));
        return schema;
    }

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new Parameter().in("query").name(name).description(description).required(false).schema(schema);
    }

    private static <E extends Enum<E> & Term> List<String> slugs(Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Term::slug).toList();
    }
}
