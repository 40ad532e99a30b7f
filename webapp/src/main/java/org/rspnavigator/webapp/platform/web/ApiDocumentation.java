package org.rspnavigator.webapp.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rspnavigator.webapp.platform.JsonSchemaFile;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The OpenAPI 3.1 document of the JSON API ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}), for integrators who generate clients or check their calls. springdoc
 * reads the endpoints, parameters and bodies from the controllers; this adds what it cannot see
 * there: who must sign in ({@link Api#SIGNED_IN}, the same list the security configuration
 * enforces), the problem documents each endpoint can answer with, and the JSON Schemas of the two
 * file formats, so that a statement or a draft is described by the very schema it is checked
 * against. docs/api.md stays the reference for what the values mean.
 */
@Configuration
public class ApiDocumentation {

    /** The security scheme's name in the document. */
    public static final String BASIC = "basic";

    /** The schema of a problem document (RFC 9457) in the document's components. */
    public static final String PROBLEM = "Problem";

    /** The JSON Schemas embedded as components: file in static/schemas, and the component's name. */
    private static final Map<String, String> FILE_SCHEMAS = Map.of(
            "ihe-integration-statement.schema.json", "IheIntegrationStatement",
            "rfp-draft.schema.json", "RfpDraft");

    /** The tags the controllers use, in the order the document lists them, with what each covers. */
    private static final Map<String, String> TAGS = tags();

    private static Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Catalog", "The portfolio's standards and use cases, the portfolio as CSV, XLSX and PDF, and each use "
                + "case's matrix as CSV and XLSX. Open to anyone.");
        tags.put("Profiles", "IHE profiles with their actors, options and transactions, how far they are verified, "
                + "system types and clinical services. Open to anyone.");
        tags.put("Search", "Full-text search and autocomplete. Open to anyone.");
        tags.put("Account", "The signed-in user, and changing one's password.");
        tags.put("Shortlists", "An organization's named selections of standards.");
        tags.put("RFP projects", "Requirements proposed from a spec, saved projects with their revisions, and their "
                + "documents (PLANNER or ADMIN role).");
        tags.put("Bidders", "Bidders' statements in an RFP project and the evidence matrix (PLANNER or ADMIN role).");
        tags.put("Products", "Products and their IHE Integration Statements (vendors write, members read published "
                + "ones), and gap analysis.");
        tags.put("Organization data", "An organization's members and work as one JSON document.");
        tags.put("Administration", "Organizations, users and the audit trail (ADMIN role).");
        return tags;
    }

    private static final PathPatternParser PATTERNS = new PathPatternParser();

    static {
        // A JSON value passed through as it is (an organization export's statements): any JSON, not
        // the accessors of Jackson's tree class.
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new Schema<>()
                .description("Any JSON value."));
    }

    /**
     * Operation ids a client generator can use as method names, unique and stable: the controller
     * and its method ({@code productCreate}, {@code rfpSave}), not springdoc's numbered
     * {@code create_2}.
     */
    @Bean
    OperationCustomizer operationIds() {
        return (operation, handler) -> {
            String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
            String method = handler.getMethod().getName();
            operation.setOperationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                    + Character.toUpperCase(method.charAt(0)) + method.substring(1));
            return operation;
        };
    }

    @Bean
    OpenAPI apiDocument(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "development" : properties.getVersion();
        Components components = new Components()
                .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("The user name and password of an RSP Navigator account. The API never "
                                + "uses the browser session."));
        return new OpenAPI()
                .info(new Info().title("RSP Navigator JSON API").version(version)
                        .description("The ISO 21860 Reference Standards Portfolio, IHE profiles, search, and users' "
                                + "work (shortlists, RFP projects, products and their IHE Integration Statements) "
                                + "over HTTP. docs/api.md in the project's repository explains every field and value; "
                                + "this document gives the endpoints, parameters, bodies and errors. Catalog, "
                                + "profile and search endpoints are open to anyone; the others need HTTP Basic "
                                + "sign-in. Every error is a problem document (RFC 9457, application/problem+json). "
                                + "The file formats people exchange have JSON Schemas of their own: "
                                + "/schemas/ihe-integration-statement.schema.json and /schemas/rfp-draft.schema.json.")
                        .license(new License().name("Apache License 2.0").identifier("Apache-2.0")))
                .components(components)
                .tags(TAGS.entrySet().stream().map(t -> new Tag().name(t.getKey()).description(t.getValue())).toList());
    }

    /**
     * Sign-in and errors on every operation: HTTP Basic where {@link Api#SIGNED_IN} says so (and
     * explicitly none elsewhere), and the problem documents the operation can answer with.
     */
    @Bean
    OpenApiCustomizer apiErrorsAndSignIn() {
        List<PathPattern> signedIn = patterns(Api.SIGNED_IN);
        PathPattern admin = PATTERNS.parse(Api.ADMIN);
        Map<String, Schema<?>> schemas = new LinkedHashMap<>();
        schemas.put(PROBLEM, problemSchema());
        FILE_SCHEMAS.forEach((file, name) -> schemas.putAll(fileSchema(file, name)));
        return api -> {
            // Here rather than on the OpenAPI bean, which springdoc rids of schemas nothing refers to yet.
            schemas.forEach(api.getComponents()::addSchemas);
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                PathContainer container = PathContainer.parsePath(path);
                boolean needsSignIn = signedIn.stream().anyMatch(p -> p.matches(container));
                describe(operation, method, path, needsSignIn, admin.matches(container),
                        api.getComponents().getSchemas());
            }));
        };
    }

    private static void describe(Operation operation, PathItem.HttpMethod method, String path, boolean needsSignIn,
            boolean adminOnly, Map<String, Schema> schemas) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        boolean document = path.contains("/documents") || path.endsWith(".pdf") || path.contains("{file}");
        boolean saves = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
        files(responses, path);
        problem(responses, "400", "The request is not valid: a parameter or body the endpoint cannot take, or an "
                + "address the server refuses to interpret. The detail says what; a file or draft that breaks its "
                + "JSON Schema lists each violation under violations.");
        if (needsSignIn) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
            problem(responses, "401", "No credentials, wrong ones, or too many failed sign-ins from this address "
                    + "(then with Retry-After).");
            problem(responses, "403", adminOnly ? "The user is not an administrator, or must change a one-time "
                    + "password first." : "The user's role does not allow this, or they must change a one-time "
                    + "password first.");
        } else {
            operation.setSecurity(List.of());
        }
        if (path.contains("{")) {
            problem(responses, "404", needsSignIn ? "Nothing with this id, or it belongs to another organization."
                    : "Nothing with this id.");
        }
        if (needsSignIn && saves && sendsVersion(operation, schemas)) {
            problem(responses, "409", "Someone else saved it since the version sent was read; nothing was written.");
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "413", "The body is larger than the API takes (5 MB).");
        }
        if (document) {
            problem(responses, "422", "The document took longer than its render budget to make and was stopped; "
                    + "budgetSeconds gives the budget.");
        }
        if (document || needsSignIn) {
            problem(responses, "503", (document ? "The document queue is full" : "")
                    + (document && needsSignIn ? ", or the database" : needsSignIn ? "The database" : "")
                    + (needsSignIn ? " cannot be reached" : "") + ": try again after Retry-After seconds.");
        }
    }

    /** The media types of the files an endpoint answers with, by the end of its path; the first that fits counts. */
    private static final List<Map.Entry<String, List<String>>> FILES = List.of(
            Map.entry(".pdf", List.of("application/pdf")),
            Map.entry(".csv", List.of("text/csv")),
            Map.entry(".zip", List.of("application/zip")),
            Map.entry("/documents/{file}", List.of("application/pdf",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/csv",
                    "application/json")),
            Map.entry("/{file}", List.of("application/json", "application/pdf", "text/csv")));

    /**
     * A file's answer as its media types rather than springdoc's base64 string of bytes: the
     * controllers answer with bytes and set the type of the file at run time.
     */
    private static void files(ApiResponses responses, String path) {
        ApiResponse ok = responses.get("200");
        if (ok == null || ok.getContent() == null || !ok.getContent().containsKey("*/*")) {
            return;
        }
        Schema<?> body = ok.getContent().get("*/*").getSchema();
        if (body == null || !"byte".equals(body.getFormat())) {
            return;
        }
        FILES.stream().filter(f -> path.endsWith(f.getKey())).findFirst().ifPresent(f -> {
            Content content = new Content();
            f.getValue().forEach(type -> content.addMediaType(type, new MediaType()
                    .schema(QueryParameters.typed("string").contentMediaType(type))));
            ok.setContent(content);
            ok.setDescription("The file, named in Content-Disposition.");
        });
    }

    /**
     * Whether the operation sends the version it read (a {@code version} parameter, or in its JSON
     * body), which is what makes a 409 possible: a save on top of someone else's.
     */
    private static boolean sendsVersion(Operation operation, Map<String, Schema> schemas) {
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "version".equals(p.getName()))) {
            return true;
        }
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return false;
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        if (json == null || json.getSchema() == null || json.getSchema().get$ref() == null || schemas == null) {
            return false;
        }
        Schema<?> body = schemas.get(json.getSchema().get$ref().substring("#/components/schemas/".length()));
        return body != null && body.getProperties() != null && body.getProperties().containsKey("version");
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType("application/problem+json", new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static List<PathPattern> patterns(String... patterns) {
        List<PathPattern> parsed = new ArrayList<>();
        for (String p : patterns) {
            parsed.add(PATTERNS.parse(p));
        }
        return parsed;
    }

    /** RFC 9457's members, and those this API adds to some problems. */
    private static Schema<?> problemSchema() {
        return json("""
                {"type": "object",
                 "description": "A problem document (RFC 9457). Never holds a stack trace.",
                 "properties": {
                   "type": {"type": "string", "description": "about:blank"},
                   "title": {"type": "string", "description": "The kind of problem, such as Bad request."},
                   "status": {"type": "integer", "description": "The HTTP status."},
                   "detail": {"type": "string", "description": "What is wrong, in words for the person who sent the request."},
                   "instance": {"type": "string", "description": "The path of the request."},
                   "violations": {"type": "array", "description": "A file or draft that breaks its JSON Schema: each place, as a JSON path, and what is wrong there.",
                     "items": {"type": "object", "properties": {"path": {"type": "string", "examples": ["$.profiles[0].actors"]},
                                                                "message": {"type": "string", "examples": ["required"]}}}},
                   "schema": {"type": "string", "description": "With violations: the address of the schema broken."},
                   "problems": {"type": "array", "description": "A statement file or CSV file that cannot be read: each problem with its line.",
                     "items": {"type": "object", "properties": {"line": {"type": "integer"}, "message": {"type": "string"}}}},
                   "budgetSeconds": {"type": "number", "description": "With 422: the time a document had to be made."}
                 }}""");
    }

    /**
     * The JSON Schema in {@code static/schemas/<file>} as components: the schema itself under
     * {@code name}, and each of its definitions under {@code name.definition}, its references
     * rewritten to point there.
     */
    private static Map<String, Schema<?>> fileSchema(String file, String name) {
        JsonNode root;
        try (InputStream in = new ClassPathResource("static" + JsonSchemaFile.PATH + file).getInputStream()) {
            root = JsonMapper.shared().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Schema<?>> schemas = new LinkedHashMap<>();
        ObjectNode top = ((ObjectNode) root).deepCopy();
        top.remove("$schema");
        JsonNode definitions = top.remove("$defs");
        rewriteReferences(top, name);
        schemas.put(name, json(top.toString()));
        if (definitions != null) {
            for (Map.Entry<String, JsonNode> d : definitions.properties()) {
                JsonNode definition = d.getValue().deepCopy();
                rewriteReferences(definition, name);
                schemas.put(name + "." + d.getKey(), json(definition.toString()));
            }
        }
        return schemas;
    }

    private static void rewriteReferences(JsonNode node, String name) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith("#/$defs/")) {
                object.set("$ref", StringNode.valueOf("#/components/schemas/" + name + "."
                        + ref.asString().substring("#/$defs/".length())));
            }
        }
        for (JsonNode child : node) {
            rewriteReferences(child, name);
        }
    }

    private static Schema<?> json(String schema) {
        try {
            return Json31.mapper().readValue(schema, Schema.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A schema of the API document is not valid JSON", e);
        }
    }
}
