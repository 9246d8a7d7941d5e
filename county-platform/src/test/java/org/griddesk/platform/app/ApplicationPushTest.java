package org.griddesk.platform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applications pushed over the real HTTP API are checked by JavaRosa against the template version they name;
 * devices only move drafts to submitted; ratings are final. A refused change stores nothing and the rest of its
 * batch goes on.
 */
class ApplicationPushTest {
    private static final String DEVICE = "wang-laptop";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @TempDir
    static Path folder;

    private static SyncTestPlatform platform;
    private static String token;

    @BeforeAll
    static void start() {
        // started as demo mode starts it: serve --builtin-templates
        platform = new SyncTestPlatform(folder, true);
        platform.addUser("wang", "worker", SyncTestPlatform.GRID_A);
        token = platform.login("wang", DEVICE);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static Map<String, Object> answers() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("applicant", Map.of("name", "张桂兰", "id_number", "11010519491231002X", "sex", "2",
                "birth_date", LocalDate.now().minusYears(85).minusDays(3).toString(), "phone", "13800138000",
                "address", "幸福村3组12号"));
        answers.put("age_band", "80");
        answers.put("bank", Map.of("bank_name", "abc", "account_holder", "张桂兰", "bank_account", "6228480123456789012"));
        answers.put("materials", "id_card hukou bank_card");
        answers.put("by_proxy", "no");
        answers.put("signature", "3f1a9c0e.png");
        return answers;
    }

    static Map<String, Object> application(String version, String status, Map<String, Object> answers) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("grid", SyncTestPlatform.GRID_A);
        fields.put("templateId", "elderly_allowance");
        fields.put("templateVersion", version);
        fields.put("residentId", UUID.randomUUID().toString());
        fields.put("answers", answers);
        fields.put("status", status);
        fields.put("attachments", List.of());
        fields.put("worker", "wang");
        return fields;
    }

    private static String hlc() {
        return String.format("%013d:%04d:%s", System.currentTimeMillis(), COUNTER.incrementAndGet() % 10000, DEVICE);
    }

    private static Map<String, Object> change(String type, String id, long baseRev, Map<String, ?> set,
                                              boolean delete) {
        return Map.of("type", type, "id", id, "baseRev", baseRev, "set", set, "delete", delete, "hlc", hlc());
    }

    /** Pushes one batch and returns its results, in order. */
    private static List<JsonNode> push(List<Map<String, Object>> changes) {
        PlatformHttp.Reply reply = platform.push(token, SyncTestPlatform.batch(DEVICE, UUID.randomUUID().toString(), 1,
                changes));
        assertEquals(200, reply.status(), reply.text());
        List<JsonNode> results = new ArrayList<>();
        reply.json().path("results").forEach(results::add);
        return results;
    }

    private static JsonNode pushOne(String type, String id, long baseRev, Map<String, ?> set) {
        return push(List.of(change(type, id, baseRev, set, false))).get(0);
    }

    private static JsonNode pulled(String id) {
        for (JsonNode record : platform.pullAll(token).path("records")) {
            if (record.path("id").asText().equals(id)) {
                return record;
            }
        }
        return null;
    }

    @Test
    void aValidApplicationIsStoredWithItsNestedAnswers() {
        String id = UUID.randomUUID().toString();
        JsonNode result = pushOne("application", id, 0, application("2025.1", "submitted", answers()));
        assertEquals("applied", result.path("status").asText(), result.toString());
        JsonNode stored = pulled(id);
        assertEquals("6228480123456789012", stored.path("fields").path("answers").path("bank").path("bank_account")
                .asText());
        assertEquals("张桂兰", stored.path("fields").path("answers").path("applicant").path("name").asText());
    }

    @Test
    void violatedConstraintMissingAnswerAndUnknownVersionAreRefusedAndOthersInTheBatchGoOn() {
        Map<String, Object> badBank = answers();
        badBank.put("bank", Map.of("bank_name", "abc", "account_holder", "张桂兰", "bank_account", "6228-48"));
        Map<String, Object> noName = answers();
        Map<String, Object> applicant = new HashMap<>(castMap(noName.get("applicant")));
        applicant.remove("name");
        noName.put("applicant", applicant);
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
        List<JsonNode> results = push(List.of(
                change("application", ids.get(0), 0, application("2025.1", "submitted", badBank), false),
                change("application", ids.get(1), 0, application("2025.1", "submitted", noName), false),
                change("application", ids.get(2), 0, application("2099.9", "submitted", answers()), false),
                change("application", ids.get(3), 0, application("2025.1", "submitted", answers()), false)));

        assertRejected(results.get(0), "invalid_field", "/data/bank/bank_account", "银行账号应为16至19位数字");
        assertRejected(results.get(1), "invalid_field", "/data/applicant/name", "必须回答");
        assertRejected(results.get(2), "unknown_template", "2099.9", "elderly_allowance");
        assertEquals("applied", results.get(3).path("status").asText(), results.get(3).toString());
        for (String refused : ids.subList(0, 3)) {
            assertEquals(null, pulled(refused), "a refused change stores nothing");
        }
    }

    @Test
    void draftsMayBeIncompleteButNotOfTheWrongType() {
        Map<String, Object> partial = new HashMap<>(Map.of("age_band", "80"));
        String id = UUID.randomUUID().toString();
        assertEquals("applied", pushOne("application", id, 0, application("2025.1", "draft", partial))
                .path("status").asText());
        Map<String, Object> wrongType = new HashMap<>(Map.of("applicant", Map.of("birth_date", "八十五年前")));
        assertRejected(pushOne("application", UUID.randomUUID().toString(), 0,
                application("2025.1", "draft", wrongType)), "invalid_field", "/data/applicant/birth_date", "日期");
        Map<String, Object> notAnObject = application("2025.1", "draft", Map.of());
        notAnObject.put("answers", "age_band=80");
        assertRejected(pushOne("application", UUID.randomUUID().toString(), 0, notAnObject), "invalid_field",
                "answers", "JSON");
    }

    @Test
    void aDeviceOnlyMovesDraftToSubmitted() {
        String id = UUID.randomUUID().toString();
        assertEquals("applied", pushOne("application", id, 0, application("2025.1", "draft", answers()))
                .path("status").asText());
        JsonNode submitted = pushOne("application", id, 1, Map.of("status", "submitted"));
        assertEquals("applied", submitted.path("status").asText(), submitted.toString());
        assertRejected(pushOne("application", id, 2, Map.of("status", "approved")), "status_not_allowed",
                "submitted", "approved");
        assertRejected(pushOne("application", id, 2, Map.of("status", "draft")), "status_not_allowed", "draft",
                "submitted");
        assertRejected(push(List.of(change("application", id, 2, Map.of(), true))).get(0), "status_not_allowed",
                "草稿", "");
        assertRejected(pushOne("application", UUID.randomUUID().toString(), 0,
                application("2025.1", "approved", answers())), "status_not_allowed", "approved", "");
        assertEquals("submitted", pulled(id).path("fields").path("status").asText());
    }

    @Test
    void aServiceRatingIsFinalOnceMade() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> rating = Map.of("grid", SyncTestPlatform.GRID_A, "residentId", UUID.randomUUID().toString(),
                "worker", "wang", "level", 2, "tags", List.of("等待时间长"), "comment", "跑了三次", "at",
                "2026-12-06T10:00:00+08:00");
        assertEquals("applied", pushOne("service_rating", id, 0, rating).path("status").asText());
        assertRejected(pushOne("service_rating", id, 1, Map.of("level", 5)), "rating_final", "不能修改", "");
        assertRejected(push(List.of(change("service_rating", id, 1, Map.of(), true))).get(0), "rating_final", "删除",
                "");
        assertEquals(2, pulled(id).path("fields").path("level").asInt());
    }

    @Test
    void devicesCannotPushTemplates() {
        assertRejected(pushOne("form_template", UUID.randomUUID().toString(), 0,
                Map.of("formId", "mine", "version", "1", "xform", "<x/>", "status", "active")), "out_of_scope", "模板",
                "");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static void assertRejected(JsonNode result, String code, String... messageParts) {
        assertEquals("rejected", result.path("status").asText(), result.toString());
        assertEquals(code, result.path("error").path("code").asText(), result.toString());
        String message = result.path("error").path("message").asText();
        for (String part : messageParts) {
            assertTrue(message.contains(part), message);
        }
    }
}
