package org.griddesk.desktop.service.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.griddesk.sync.wire.WireMapper;

/** POST /api/v1/auth/login and /logout of the county platform. */
public final class PlatformAuth {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private HttpClient http;
    private final ObjectMapper mapper = WireMapper.create();

    /**
     * What the platform answered to a successful sign-in. {@code gridNames} by code, empty when the platform sent
     * none (platforms older than the {@code gridNames} addition).
     */
    public record LoginAnswer(String token, String role, List<String> grids, Map<String, String> gridNames) {

        public LoginAnswer {
            grids = List.copyOf(grids);
            gridNames = Map.copyOf(gridNames);
        }
    }

    LoginAnswer login(String baseUrl, String username, char[] password, String deviceId) throws SignInException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", new String(password));
        body.put("deviceId", deviceId);
        HttpResponse<String> response = send(request(baseUrl, "/api/v1/auth/login")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(body))).build());
        if (response.statusCode() == 200) {
            return answer(response.body());
        }
        throw failure(response);
    }

    void logout(String baseUrl, String token) throws SignInException {
        HttpResponse<String> response = send(request(baseUrl, "/api/v1/auth/logout")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build());
        // 401: the token was revoked already, which is what signing out wants.
        if (response.statusCode() / 100 != 2 && response.statusCode() != 401) {
            throw failure(response);
        }
    }

    private static HttpRequest.Builder request(String baseUrl, String path) throws SignInException {
        try {
            String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Accept", "application/json");
        } catch (IllegalArgumentException e) {
            throw new SignInException(SignInException.Reason.INVALID_INPUT, "not a platform address", e);
        }
    }

    // Made on first use: every unlocked session has a sign-in service, few of them ever sign in.
    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        }
        return http;
    }

    private HttpResponse<String> send(HttpRequest request) throws SignInException {
        try {
            return http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SignInException(SignInException.Reason.OFFLINE, "the platform could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInException(SignInException.Reason.OFFLINE, "interrupted", e);
        }
    }

    private byte[] json(Map<String, Object> body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private LoginAnswer answer(String body) throws SignInException {
        try {
            JsonNode json = mapper.readTree(body);
            List<String> grids = new ArrayList<>();
            json.path("grids").forEach(grid -> grids.add(grid.asText()));
            String token = json.path("token").asText("");
            if (token.isEmpty()) {
                throw new SignInException(SignInException.Reason.PLATFORM_ERROR, "the platform sent no token");
            }
            return new LoginAnswer(token, json.path("role").asText(""), grids, gridNames(json.path("gridNames")));
        } catch (IOException e) {
            throw new SignInException(SignInException.Reason.PLATFORM_ERROR, "unreadable sign-in answer", e);
        }
    }

    private static Map<String, String> gridNames(JsonNode names) {
        Map<String, String> byCode = new LinkedHashMap<>();
        names.fields().forEachRemaining(entry -> {
            String name = entry.getValue().isTextual() ? entry.getValue().asText().strip() : "";
            if (!name.isEmpty()) {
                byCode.put(entry.getKey(), name);
            }
        });
        return byCode;
    }

    private SignInException failure(HttpResponse<String> response) {
        String message = errorMessage(response.body());
        return switch (response.statusCode()) {
            case 401 -> new SignInException(SignInException.Reason.WRONG_CREDENTIALS, message);
            case 429 -> new SignInException(SignInException.Reason.TOO_MANY_ATTEMPTS, message);
            case 400 -> new SignInException(SignInException.Reason.INVALID_INPUT, message);
            default -> new SignInException(SignInException.Reason.PLATFORM_ERROR,
                    "HTTP " + response.statusCode() + ": " + message);
        };
    }

    private String errorMessage(String body) {
        try {
            return mapper.readTree(body).path("error").path("message").asText("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
