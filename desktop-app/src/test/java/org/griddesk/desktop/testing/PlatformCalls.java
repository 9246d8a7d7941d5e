package org.griddesk.desktop.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.griddesk.sync.clock.Hlc;

/** Plain HTTP calls to the platform under test: sign in, push one change, read the queue, act on it and pull. */
public final class PlatformCalls {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final HttpClient http = HttpClient.newHttpClient();

    public PlatformCalls(String url) {
        this.url = url;
    }

    public String login(String username, String password, String deviceId) throws Exception {
        return call("POST", "/api/v1/auth/login", Map.of("username", username, "password", password,
                "deviceId", deviceId), null).path("token").asText();
    }

    /** Pushes one change of a device and returns its result. */
    public JsonNode push(String token, String deviceId, String type, String id, long baseRev, Map<String, Object> set,
                  long millis) throws Exception {
        Map<String, Object> change = Map.of("type", type, "id", id, "baseRev", baseRev, "set", set,
                "delete", false, "hlc", new Hlc(millis, 0, deviceId).toString());
        return call("POST", "/api/v1/sync/push", Map.of("deviceId", deviceId, "batchId", UUID.randomUUID().toString(),
                "schemaVersion", 1, "changes", List.of(change)), token).path("results").get(0);
    }

    public JsonNode get(String path, String token) throws Exception {
        return call("GET", path, null, token);
    }

    /** The record as the platform's pull gives it to this token. */
    public JsonNode pulled(String token, String id) throws Exception {
        for (JsonNode record : get("/api/v1/sync/changes?after=0&limit=5000", token).path("records")) {
            if (record.path("id").asText().equals(id)) {
                return record;
            }
        }
        throw new AssertionError("not pulled: " + id);
    }

    /** A POST with a JSON body that must be answered 200. */
    public JsonNode post(String path, Object body, String token) throws Exception {
        return call("POST", path, body, token);
    }

    private JsonNode call(String method, String path, Object body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type",
                "application/json").method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
