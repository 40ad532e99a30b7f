package org.rspnavigator.webapp.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mock.env.MockPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.OutputStreamAppender;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs as a log collector receives them with {@code logging.structured.format.console=ecs}:
 * Spring Boot's structured encoder, configured from the application's own properties, on a
 * logger context of its own (the test's logging is left alone), and the user of an API request
 * in each line logged while it is handled.
 */
class StructuredLogsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FORMAT = "logging.structured.format.console";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private LoggerContext context;
    private Logger logger;

    @BeforeEach
    void structuredConsole() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new ResourcePropertySource("classpath:application.properties"));
        environment.getPropertySources().addFirst(new MockPropertySource().withProperty(FORMAT, "ecs"));

        context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(environment.getProperty(FORMAT));
        encoder.start();
        OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        logger = context.getLogger("org.rspnavigator.webapp.platform.web.ApiErrors");
        logger.addAppender(appender);
    }

    @AfterEach
    void stop() {
        context.stop();
        SecurityContextHolder.clearContext();
        MDC.clear();
    }

    private List<JsonNode> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
    }

    @Test
    void theConsoleIsHumanReadableUnlessAskedOtherwise() throws Exception {
        assertThat(new ResourcePropertySource("classpath:application.properties").containsProperty(FORMAT)).isFalse();
    }

    @Test
    void eachLineIsOneJsonObjectNamingTheApplication() {
        logger.info("Search index built in {} ms", 42);
        logger.warn("Second line");

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        JsonNode first = lines.getFirst();
        assertThat(first.path("service").path("name").asString()).isEqualTo("rsp-navigator");
        assertThat(first.path("message").asString()).isEqualTo("Search index built in 42 ms");
        assertThat(first.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(first.path("log").path("logger").asString()).isEqualTo("org.rspnavigator.webapp.platform.web.ApiErrors");
        assertThat(first.has("@timestamp")).isTrue();
        assertThat(lines.get(1).path("log").path("level").asString()).isEqualTo("WARN");
    }

    @Test
    void linesLoggedForAnApiRequestNameItsUserAndNothingElseOfIt() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "planner", null, AuthorityUtils.createAuthorityList("ROLE_PLANNER")));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/shortlists");
        request.addHeader("Authorization", "Basic cGxhbm5lcjpTZWNyZXQtcGFzc3dvcmQ=");
        request.setContent("{\"name\":\"Confidential shortlist\"}".getBytes(StandardCharsets.UTF_8));

        new UserLogContext().doFilter(request, new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) {
                logger.error("Unexpected error answering {} {}", req.getMethod(), req.getRequestURI());
            }
        }));
        assertThat(MDC.get(UserLogContext.KEY)).as("removed after the request").isNull();
        logger.info("After the request");

        List<JsonNode> lines = lines();
        assertThat(lines.getFirst().path("user").path("name").asString()).isEqualTo("planner");
        assertThat(lines.get(1).has("user")).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("cGxhbm5lcjpTZWNyZXQtcGFzc3dvcmQ=",
                "Secret-password", "Confidential shortlist");
    }

    @Test
    void anonymousRequestsHaveNoUser() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        new UserLogContext().doFilter(new MockHttpServletRequest("GET", "/api/v1/standards"),
                new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void service(HttpServletRequest req, HttpServletResponse resp) {
                        logger.info("Catalog request");
                    }
                }));
        assertThat(lines().getFirst().has("user")).isFalse();
    }
}
