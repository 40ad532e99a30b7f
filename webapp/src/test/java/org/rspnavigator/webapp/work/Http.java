package org.rspnavigator.webapp.work;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: JSON in and out, HTTP Basic for a user. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;

    Http(int port) {
        this.port = port;
    }

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String detail() {
            return json().path("detail").asString();
        }
    }

    Answer send(String method, String path, String user, String password, Object body) {
        String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        Raw raw = exchange(method, path, user, password,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), "application/json");
        return new Answer(raw.status(), raw.contentType(), new String(raw.body(), StandardCharsets.UTF_8));
    }

    /** A request with a body of any type (a PDF, a CSV file), the answer as text. */
    Answer send(String method, String path, String user, String password, byte[] body, String contentType) {
        Raw raw = exchange(method, path, user, password, body, contentType);
        return new Answer(raw.status(), raw.contentType(), new String(raw.body(), StandardCharsets.UTF_8));
    }

    /** An answer as bytes, with the headers a download has. */
    record Raw(int status, String contentType, String disposition, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Raw download(String path, String user, String password) {
        return exchange("GET", path, user, password, null, null);
    }

    private Raw exchange(String method, String path, String user, String password, byte[] body, String contentType) {
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
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Raw(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
