package org.rspnavigator.webapp.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: JSON in and out, HTTP Basic for a user. */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;

    public Http(int port) {
        this.port = port;
    }

    public record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String detail() {
            return json().path("detail").asString();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Answer send(String method, String path, String user, String password, Object body) {
        return send(method, path, user, password, body, Map.of());
    }

    /** A JSON request with extra headers, such as the {@code X-Forwarded-For} a proxy adds. */
    public Answer send(String method, String path, String user, String password, Object body, Map<String, String> headers) {
        String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        Raw raw = exchange(method, path, user, password,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), "application/json", headers);
        return raw.answer();
    }

    /** A request with a body of any type (a PDF, a CSV file), the answer as text. */
    public Answer send(String method, String path, String user, String password, byte[] body, String contentType) {
        return exchange(method, path, user, password, body, contentType, Map.of()).answer();
    }

    /** An answer as bytes, with the headers a download has. */
    public record Raw(int status, String contentType, String disposition, byte[] body, java.net.http.HttpHeaders headers) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Answer answer() {
            return new Answer(status, contentType, text(), headers);
        }
    }

    public Raw download(String path, String user, String password) {
        return exchange("GET", path, user, password, null, null, Map.of());
    }

    private Raw exchange(String method, String path, String user, String password, byte[] body, String contentType,
            Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            if (body != null) {
                request.header("Content-Type", contentType);
            }
            headers.forEach(request::header);
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Raw(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
