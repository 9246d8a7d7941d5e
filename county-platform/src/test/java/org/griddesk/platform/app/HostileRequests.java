package org.griddesk.platform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Raw requests for the hostile input suite, and the one check every answer to them must pass: a 4xx carries
 * {@code {"error": {"code", "message"}}} with a known code, a 200 to a push rejects each hostile change with one.
 */
final class HostileRequests {
    /** Every code the platform may answer a hostile request with, at the top or per change. */
    static final Set<String> KNOWN_CODES = Set.of("invalid_request", "invalid_field", "invalid_change", "out_of_scope",
            "unauthorized", "too_large", "not_found", "method_not_allowed", "unsupported_encoding",
            "too_many_attempts", "batch_id_reused", "schema_too_old", "kept_for_review");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    HostileRequests(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    PlatformHttp.Reply send(String method, String path, byte[] body, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            return new PlatformHttp.Reply(client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException stale) {
            // After refusing a hostile body the platform closes that connection; the client may already have pooled
            // it for this request, which then fails before the platform saw it ("received no bytes"). Sent once more
            // on a new connection: a platform that really drops this request fails this second try too.
            return onNewConnection(request.build(), stale);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static PlatformHttp.Reply onNewConnection(HttpRequest request, IOException first) {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            return new PlatformHttp.Reply(fresh.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException again) {
            again.addSuppressed(first);
            throw new UncheckedIOException(again);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    PlatformHttp.Reply post(String path, String body, String token) {
        return send("POST", path, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), token,
                Map.of("Content-Type", "application/json"));
    }

    /** A refusal in the stable shape: 4xx, a known code and a message. */
    static void assertRefused(PlatformHttp.Reply reply, String what) {
        assertTrue(reply.status() >= 400 && reply.status() < 500, what + ": " + reply.status() + " " + reply.text());
        JsonNode error = reply.json().path("error");
        assertTrue(KNOWN_CODES.contains(error.path("code").asText()), what + ": " + reply.text());
        assertFalse(error.path("message").asText().isBlank(), what + ": " + reply.text());
    }

    /** A push answered 200 whose every change was rejected with a known code and a reason. */
    static void assertEveryChangeRejected(PlatformHttp.Reply reply, String what) {
        assertEquals(200, reply.status(), what + ": " + reply.text());
        for (JsonNode result : reply.json().path("results")) {
            assertEquals("rejected", result.path("status").asText(), what + ": " + result);
            assertTrue(KNOWN_CODES.contains(result.path("error").path("code").asText()), what + ": " + result);
            assertFalse(result.path("error").path("message").asText().isBlank(), what + ": " + result);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
