package org.rspnavigator.webapp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.testing.TestAccounts.PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER;
import static org.rspnavigator.webapp.testing.TestAccounts.VENDOR;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What every HTTP answer promises, whatever a client sends: security headers on the pages as on
 * the API, a session cookie other sites cannot use, no sign-in posted from another site, and a
 * clear 4xx (a problem document on the API) for requests that are malformed, use the wrong method
 * or the wrong media type, instead of a 500 or a misleading 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class HttpHardeningTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pagesCarryTheSameSecurityHeadersAsTheApi() throws Exception {
        for (String page : List.of("/", "/login", "/rfp", "/catalog?group=preferred", "/api/v1/standards")) {
            var headers = send(at(page).GET()).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(page).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(page).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(page).hasValueSatisfying(p -> assertThat(p)
                    .contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(headers.firstValue("Cache-Control")).as(page).hasValueSatisfying(c -> assertThat(c)
                    .contains("no-store"));
        }
    }

    @Test
    void theSessionCookieStaysOnThisSite() throws Exception {
        var answer = send(at("/login").GET());
        String cookie = answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + answer.headers().map()));
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        String form = "username=" + PLANNER + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        send(at("/login").GET()); // a session, as a browser would have

        var crossSite = send(at("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://attacker.example").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        var opaque = send(at("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "null").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(opaque.statusCode()).isEqualTo(403);
        // Not signed in: the planner's page still sends this browser to the login.
        assertThat(send(at("/rfp").GET()).body()).doesNotContain("Pat Planner");

        var sameSite = send(at("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(sameSite.statusCode()).isEqualTo(302);
        assertThat(sameSite.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void aQueryStringThatIsNotUtf8IsABadRequestEverywhere() throws Exception {
        List<String> addresses = List.of("/api/v1/standards?category=%FF", "/api/v1/standards?q=%C3%28",
                "/api/v1/search?q=%FF", "/api/v1/search/suggest?q=%E2%82", "/api/v1/portfolio.csv?group=%FF",
                "/api/v1/portfolio.pdf?group=%FF", "/api/v1/profiles?q=%FF", "/api/v1/use-cases?system=%FF");
        for (String address : addresses) {
            var answer = send(at(address).GET());
            assertThat(answer.statusCode()).as(address).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(address)
                    .startsWith("application/problem+json");
            assertThat(answer.body()).as(address).contains("UTF-8");
        }
        assertThat(send(at("/catalog?group=%FF").GET()).statusCode()).isEqualTo(400);
        // Well-formed UTF-8 passes: "é" and "✓".
        assertThat(send(at("/api/v1/search?q=%C3%A9chographie%20%E2%9C%93").GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void percentEscapesMustBeCompleteAndSpellUtf8() {
        assertThat(QueryStringGuard.isValid(null)).isTrue();
        assertThat(QueryStringGuard.isValid("q=dose&type=standard,profile")).isTrue();
        assertThat(QueryStringGuard.isValid("q=%C3%A9+%E2%9C%93")).isTrue();
        assertThat(QueryStringGuard.isValid("q=%zz")).isFalse();
        assertThat(QueryStringGuard.isValid("q=50%")).isFalse();
        assertThat(QueryStringGuard.isValid("q=%C3")).isFalse();
        assertThat(QueryStringGuard.isValid("q=%ED%A0%80")).as("a UTF-16 surrogate in UTF-8").isFalse();
        assertThat(QueryStringGuard.isValid("q=%C0%AF")).as("an overlong '/'").isFalse();
    }

    @Test
    void aWrongMethodOrMediaTypeIsNamedAsSuch() throws Exception {
        var post = send(at("/api/v1/standards").POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET"));
        assertThat(post.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(post.body()).contains("POST is not supported");

        var plainText = send(at("/api/v1/products").header("Authorization", basic(VENDOR, PASSWORD))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("name=x")));
        assertThat(plainText.statusCode()).isEqualTo(415);
        assertThat(plainText.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(plainText.body()).contains("application/json");

        var unknown = send(at("/api/v1/no-such-thing").GET());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void firewallRejectionsAreProblemDocuments() throws Exception {
        for (String address : List.of("/api/v1/standards/a;b", "/api/v1/standards/%2e%2e/secret",
                "/api/v1//standards")) {
            var answer = send(at(address).GET());
            assertThat(answer.statusCode()).as(address).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(address)
                    .startsWith("application/problem+json");
        }
    }
}
