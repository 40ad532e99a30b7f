package org.rspnavigator.webapp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document integrators read, fetched as they fetch it (anonymously, over HTTP): OpenAPI
 * 3.1, valid, describing every endpoint the application really has, with sign-in and errors where
 * they apply; and Swagger UI, not the application's own page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode document() throws Exception {
        HttpResponse<String> answer = get("/v3/api-docs");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(answer.body());
    }

    /**
     * Every mapping under /api/ the application serves, as "METHOD path" with the path as OpenAPI
     * writes it ({@code {file}} for {@code {file:statement\.(?:json|pdf|csv)}}). The answer for paths
     * no endpoint serves ({@code /api/**}) is not an endpoint.
     */
    private Set<String> applicationEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(handlerMapping -> {
            for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (!pattern.startsWith("/api/") || pattern.equals("/api/**")) {
                        continue;
                    }
                    String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                    assertThat(methods).as(pattern + " answers every method").isNotEmpty();
                    methods.forEach(m -> endpoints.add(m.name() + " " + path));
                }
            }
        });
        return endpoints;
    }

    @Test
    void isOpenApi31AndOpenToAnyone() throws Exception {
        JsonNode document = document();
        assertThat(document.get("openapi").asString()).startsWith("3.1");
        assertThat(document.at("/info/title").asString()).isEqualTo("RSP Navigator JSON API");
        assertThat(document.at("/info/version").asString()).isNotBlank().isNotEqualTo("development");
        assertThat(document.at("/info/description").asString()).contains("docs/api.md");
        assertThat(document.at("/components/securitySchemes/basic/type").asString()).isEqualTo("http");
        assertThat(document.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");

        HttpResponse<String> yaml = get("/v3/api-docs.yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("openapi: 3.1").contains("title: RSP Navigator JSON API");
    }

    @Test
    void describesEveryEndpointTheApplicationHasAndNothingElse() throws Exception {
        JsonNode paths = document().get("paths");
        Set<String> documented = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(operation.getKey())) {
                documented.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }));
        Set<String> real = applicationEndpoints();
        assertThat(real).as("the application's endpoints, read from Spring").contains("GET /api/v1/standards",
                "PATCH /api/v1/rfp/projects/{id}/requirements/{number}", "GET /api/v1/products/{id}/{file}");
        Set<String> missing = new TreeSet<>(real);
        missing.removeAll(documented);
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(real);
        assertThat(missing).as("endpoints the document does not describe").isEmpty();
        assertThat(extra).as("operations in the document that the application does not have").isEmpty();
    }

    @Test
    void declaresSignInAndProblemDocumentsWhereTheyApply() throws Exception {
        JsonNode paths = document().get("paths");
        // The catalog is anonymous: no security requirement, and no 401.
        JsonNode standards = paths.at("/~1api~1v1~1standards/get");
        assertThat(standards.get("security")).as("catalog security").isEmpty();
        assertThat(standards.at("/responses/401").isMissingNode()).isTrue();
        assertThat(standards.at("/responses/400/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(paths.at("/~1api~1v1~1standards~1{id}/get/responses/404").isMissingNode()).isFalse();

        // Users' work needs HTTP Basic and says what a refusal looks like.
        JsonNode save = paths.at("/~1api~1v1~1rfp~1projects~1{id}/put");
        assertThat(save.at("/security/0/basic").isArray()).as("basic on PUT project").isTrue();
        assertThat(save.get("responses").propertyNames()).contains("200", "400", "401", "403", "404", "409", "413",
                "503");
        assertThat(save.at("/requestBody/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/ProjectInput");
        JsonNode document = paths.at("/~1api~1v1~1rfp~1projects~1{id}~1documents~1{file}/get/responses");
        assertThat(document.propertyNames()).contains("422", "503");
        assertThat(paths.at("/~1api~1v1~1admin~1users/get/responses/403/description").asString())
                .contains("not an administrator");

        // A statement file is described by its JSON Schema; a PDF may carry it instead.
        JsonNode importStatement = paths.at("/~1api~1v1~1products/post/requestBody/content");
        assertThat(importStatement.at("/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/IheIntegrationStatement");
        assertThat(importStatement.has("application/pdf")).isTrue();
        JsonNode schemas = document().at("/components/schemas");
        assertThat(schemas.at("/IheIntegrationStatement/required").toString()).contains("\"profiles\"");
        assertThat(schemas.at("/IheIntegrationStatement/properties/profiles/items/$ref").asString())
                .isEqualTo("#/components/schemas/IheIntegrationStatement.profileClaim");
        assertThat(schemas.at("/ProjectInput/properties/draft/$ref").asString())
                .isEqualTo("#/components/schemas/RfpDraft");
    }

    @Test
    void describesTheFiltersTheFilesAndNamesEveryOperationOnce() throws Exception {
        JsonNode paths = document().get("paths");
        Map<String, JsonNode> standards = new java.util.HashMap<>();
        paths.at("/~1api~1v1~1standards/get/parameters").forEach(p -> standards.put(p.get("name").asString(), p));
        assertThat(standards.keySet()).as("the catalog's filters, not one opaque map").contains("category", "group",
                "maturity", "sdo", "adoption", "deployment", "adoption-level", "tooling", "region", "no-level", "q")
                .doesNotContain("parameters");
        assertThat(standards.get("category").at("/schema/items/enum").toString()).contains("\"technical-workflow\"");
        assertThat(standards.get("region").at("/schema/enum").toString()).contains("\"canada\"");
        JsonNode search = paths.at("/~1api~1v1~1search/get/parameters");
        assertThat(search.findValuesAsString("name")).contains("q", "type", "category", "limit", "offset", "page");

        assertThat(paths.at("/~1api~1v1~1portfolio.pdf/get/responses/200/content").has("application/pdf")).isTrue();
        assertThat(paths.at("/~1api~1v1~1rfp~1projects~1{id}~1documents.zip/get/responses/200/content")
                .has("application/zip")).isTrue();
        assertThat(paths.at("/~1api~1v1~1products~1{id}~1{file}/get/responses/200/content").propertyNames())
                .contains("application/json", "application/pdf", "text/csv");

        List<String> ids = new ArrayList<>();
        paths.forEach(item -> item.forEach(operation -> ids.add(operation.path("operationId").asString())));
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]+"), "a method name")
                .contains("productCreate", "rfpSave");
    }

    @Test
    void isAValidDocumentWhoseEveryReferenceResolves() throws Exception {
        String text = get("/v3/api-docs").body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
        assertThat(parsed.getMessages()).as("what the OpenAPI parser finds wrong").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getSpecVersion()).isEqualTo(io.swagger.v3.oas.models.SpecVersion.V31);

        // The parser reads references; check by hand that each points at a component the document has.
        JsonNode document = JSON.readTree(text);
        List<String> broken = new ArrayList<>();
        references(document, "", document, broken);
        assertThat(broken).as("references to nothing").isEmpty();
        List<String> withoutResponses = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (!operation.getValue().has("responses") || operation.getValue().get("responses").isEmpty()) {
                withoutResponses.add(operation.getKey() + " " + path.getKey());
            }
        }));
        assertThat(withoutResponses).as("operations without responses").isEmpty();
    }

    private static void references(JsonNode node, String where, JsonNode document, List<String> broken) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString()) {
                String target = ref.asString();
                if (!target.startsWith("#/") || document.at(target.substring(1)).isMissingNode()) {
                    broken.add(where + ": " + target);
                }
            }
            node.properties().forEach(e -> references(e.getValue(), where + "/" + e.getKey(), document, broken));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                references(node.get(i), where + "/" + i, document, broken);
            }
        }
    }

    @Test
    void swaggerUiIsServedNotTheApplicationsPage() throws Exception {
        HttpResponse<String> ui = get("/swagger-ui.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.uri().getPath()).startsWith("/swagger-ui/");
        assertThat(ui.body()).contains("<title>Swagger UI</title>").doesNotContain("vaadin");
        HttpResponse<String> config = get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(config.body()).get("url").asString()).isEqualTo("/v3/api-docs");
    }

    @Test
    void theFileSchemasAreServedToAnyone() throws Exception {
        for (Map.Entry<String, String> schema : Map.of("/schemas/ihe-integration-statement.schema.json",
                "RSP Navigator IHE Integration Statement", "/schemas/rfp-draft.schema.json", "RSP Navigator RFP draft")
                .entrySet()) {
            HttpResponse<String> answer = get(schema.getKey());
            assertThat(answer.statusCode()).as(schema.getKey()).isEqualTo(200);
            JsonNode json = JSON.readTree(answer.body());
            assertThat(json.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(json.get("title").asString()).startsWith(schema.getValue());
        }
    }
}
