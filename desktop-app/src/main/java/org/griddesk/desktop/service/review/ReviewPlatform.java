package org.griddesk.desktop.service.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.griddesk.sync.wire.WireMapper;

/** The review API of the county platform ({@code /api/v1/review/}), with the signed-in device's token. */
public final class ReviewPlatform {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final String baseUrl;
    private final Supplier<String> token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = WireMapper.create();

    public ReviewPlatform(String baseUrl, Supplier<String> token) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
    }

    /** What still needs a person (open, and ratings whose rectification is under way), oldest first. */
    ReviewQueuePage queue(String kind, int limit) throws ReviewOfflineException, ReviewRefusedException {
        String query = "?status=open,rectifying&limit=" + limit
                + (kind == null ? "" : "&kind=" + URLEncoder.encode(kind, StandardCharsets.UTF_8));
        JsonNode page = answer(send(request("/api/v1/review/items" + query).GET().build()));
        List<ReviewQueueItem> items = new ArrayList<>();
        page.path("items").forEach(item -> items.add(item(item)));
        Map<String, Long> counts = new LinkedHashMap<>();
        page.path("counts").fields().forEachRemaining(entry -> counts.put(entry.getKey(), entry.getValue().asLong()));
        return new ReviewQueuePage(items, counts, page.path("overdue").asLong());
    }

    ReviewItemDetail detail(long id) throws ReviewOfflineException, ReviewRefusedException {
        JsonNode detail = answer(send(request("/api/v1/review/items/" + id).GET().build()));
        List<ConflictField> conflicts = new ArrayList<>();
        detail.path("conflicts").forEach(field -> conflicts.add(new ConflictField(field.path("itemId").asLong(),
                field.path("field").asText(), value(field.get("base")), value(field.get("mine")),
                value(field.get("theirs")), text(field.get("mineAuthor")), text(field.get("theirsAuthor")),
                text(field.get("mineAt")), text(field.get("theirsAt")))));
        Map<String, Object> fields = new LinkedHashMap<>();
        detail.path("record").path("fields").fields().forEachRemaining(entry -> fields.put(entry.getKey(),
                value(entry.getValue())));
        Map<String, Object> other = new LinkedHashMap<>();
        detail.path("other").path("fields").fields().forEachRemaining(entry -> other.put(entry.getKey(),
                value(entry.getValue())));
        Map<String, String> references = new LinkedHashMap<>();
        detail.path("references").fields().forEachRemaining(entry -> references.put(entry.getKey(),
                entry.getValue().asText()));
        return new ReviewItemDetail(item(detail.path("item")), fields, conflicts, other,
                mergePreview(detail.path("mergePreview")), references);
    }

    private static MergePreview mergePreview(JsonNode preview) {
        if (!preview.isObject()) {
            return null;
        }
        List<String> taken = new ArrayList<>();
        preview.path("fieldsTaken").forEach(field -> taken.add(field.asText()));
        Map<String, Integer> moving = new LinkedHashMap<>();
        preview.path("moving").fields().forEachRemaining(entry -> moving.put(entry.getKey(),
                entry.getValue().asInt()));
        return new MergePreview(preview.path("survivorId").asText(), preview.path("mergedId").asText(), taken,
                moving);
    }

    SendOutcome send(ReviewDecision decision) throws ReviewOfflineException {
        Map<String, Object> body = new LinkedHashMap<>(decision.body());
        body.put("version", decision.version());
        HttpResponse<String> response;
        try {
            response = send(request("/api/v1/review/items/" + decision.itemId() + "/" + decision.action())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build());
        } catch (IOException e) {
            throw new IllegalStateException("a decision always serialises", e);
        }
        if (response.statusCode() == 200) {
            return SendOutcome.of(SendOutcome.Kind.SENT);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() == 409) {
            JsonNode item = answer.path("item");
            return new SendOutcome(SendOutcome.Kind.CONFLICT, text(item.get("updatedBy")), text(item.get("status")),
                    answer.path("error").path("message").asText(""));
        }
        return new SendOutcome(SendOutcome.Kind.REFUSED, null, null,
                answer.path("error").path("message").asText("HTTP " + response.statusCode()));
    }

    private ReviewQueueItem item(JsonNode item) {
        return new ReviewQueueItem(item.path("id").asLong(), item.path("kind").asText(), item.path("status").asText(),
                item.path("version").asInt(), item.path("recordType").asText(), item.path("recordId").asText(),
                text(item.get("grid")), text(item.get("worker")), text(item.get("field")), value(item.get("mine")),
                value(item.get("theirs")), text(item.get("createdAt")), item.path("overdue").asBoolean(),
                text(item.get("dueAt")), text(item.get("rectifyDueAt")),
                text(item.path("detail").get("rectification")), text(item.get("title")));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Accept", "application/json").header("Authorization", "Bearer " + token.get());
    }

    private HttpResponse<String> send(HttpRequest request) throws ReviewOfflineException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ReviewOfflineException("the platform could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReviewOfflineException("interrupted", e);
        }
    }

    private JsonNode answer(HttpResponse<String> response) throws ReviewRefusedException {
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200) {
            throw new ReviewRefusedException(response.statusCode(), body.path("error").path("code").asText(""),
                    body.path("error").path("message").asText(""));
        }
        return body;
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return json.convertValue(node, Object.class);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
