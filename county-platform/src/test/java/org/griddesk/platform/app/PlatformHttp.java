package org.griddesk.platform.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** A small java.net.http client for the platform under test. */
final class PlatformHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    PlatformHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Reply get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    Reply getGzip(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip").GET().build());
    }

    Reply post(String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    Reply postGzip(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(body))).build());
    }

    Reply login(String username, String password) {
        return post("/api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\",\"deviceId\":\"test-device\"}", null);
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response);
        } catch (IOException stale) {
            // a connection the platform closed after refusing a body may have been pooled for this request: once
            // more on a new connection (a platform that really drops the request fails again)
            try {
                return new Reply(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()));
            } catch (IOException again) {
                again.addSuppressed(stale);
                throw new UncheckedIOException(again);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    record Reply(HttpResponse<byte[]> response) {
        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String text() {
            byte[] body = response.body();
            if ("gzip".equals(header("Content-Encoding"))) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(text());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + text(), e);
            }
        }

        String errorCode() {
            return json().path("error").path("code").asText();
        }
    }
}
