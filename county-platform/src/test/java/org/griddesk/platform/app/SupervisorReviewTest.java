package org.griddesk.platform.app;

import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_B;
import static org.griddesk.platform.app.SyncTestPlatform.batch;
import static org.griddesk.platform.app.SyncTestPlatform.change;
import static org.griddesk.platform.app.SyncTestPlatform.identityNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.platform.cli.PlatformCommandLine;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.session.SessionSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Supervisor review over HTTP against the real platform: conflicts resolved field by field reach every device,
 * duplicates merged, records and applications returned with a comment that reaches the worker by sync, issues
 * dispatched, poor ratings overdue after 3 working days by a clock the test moves; workers get 403, the second of
 * two supervisors acting on one item 409.
 */
class SupervisorReviewTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** A Monday 09:00 in China after today: the devices' real clocks stay behind the platform's. */
    private static final Instant MONDAY = LocalDate.now(CHINA).plusDays(1)
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(9, 0).atZone(CHINA).toInstant();

    @TempDir
    static Path folder;

    private static final TestClock clock = new TestClock(MONDAY);
    private static SyncTestPlatform platform;
    private static String rulesPrinted;
    private final UuidV7Generator ids = new UuidV7Generator();

    @BeforeAll
    static void start() {
        platform = new SyncTestPlatform(folder, true, clock);
        platform.addUser("zhao", "worker", GRID_A);
        platform.addUser("qian", "worker", GRID_A);
        platform.addUser("li", "worker", GRID_B);
        platform.addUser("chen", "supervisor", GRID_A);
        platform.addUser("sun", "supervisor", GRID_A);
        platform.addUser("zhou", "supervisor", GRID_B);
        rulesPrinted = platform.command("review", "rules", "--type", "household", "--fields", "address", "--new");
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void twoDevicesChangeOnePhoneOfflineAndTheSupervisorsChoiceReachesBoth() {
        TestLaptop zhao = laptop("zhao", "zhao-laptop");
        TestLaptop qian = laptop("qian", "qian-laptop");
        String resident = ids.nextId();
        Map<String, Object> fields = resident(ids.nextId(), identityNumber(21));
        fields.put("phone", "13800000001");
        zhao.set("resident", resident, fields);
        assertTrue(zhao.sync().completed());
        assertTrue(qian.sync().completed());
        zhao.set("resident", resident, Map.of("phone", "13800000002"));
        qian.set("resident", resident, Map.of("phone", "13800000003"));
        assertTrue(zhao.sync().completed());
        assertTrue(qian.sync().completed());
        long revBefore = zhao.view("resident", resident).rev();

        String chen = platform.login("chen", "chen-desk");
        JsonNode listed = item(chen, "conflict", resident);
        assertEquals("phone", listed.path("field").asText());
        assertEquals("13800000003", listed.path("mine").asText());
        assertEquals("qian", listed.path("worker").asText());
        long id = listed.path("id").asLong();
        JsonNode detail = get("/api/v1/review/items/" + id, chen);
        JsonNode phone = detail.path("conflicts").get(0);
        assertEquals("13800000001", phone.path("base").asText());
        assertEquals("13800000003", phone.path("mine").asText());
        assertEquals("13800000002", phone.path("theirs").asText());
        assertEquals("qian", phone.path("mineAuthor").asText());
        assertEquals("zhao", phone.path("theirsAuthor").asText());
        assertFalse(phone.path("mineAt").isNull() || phone.path("theirsAt").isNull(), phone::toString);

        PlatformHttp.Reply invalid = post("/api/v1/review/items/" + id + "/resolve", Map.of("fields",
                Map.of("phone", "12345"), "reason", "随手填的"), chen);
        assertEquals(400, invalid.status(), invalid.text());
        assertEquals("invalid_field", invalid.errorCode());
        assertEquals("open", get("/api/v1/review/items/" + id, chen).path("item").path("status").asText());
        PlatformHttp.Reply resolved = post("/api/v1/review/items/" + id + "/resolve", Map.of("fields",
                Map.of("phone", "13800000002"), "reason", "电话回访核实", "version", listed.path("version").asInt()), chen);
        assertEquals(200, resolved.status(), resolved.text());
        assertEquals("resolved", resolved.json().path("status").asText());

        assertTrue(zhao.sync().completed());
        assertTrue(qian.sync().completed());
        for (TestLaptop laptop : List.of(zhao, qian)) {
            SyncRecord view = laptop.view("resident", resident);
            assertEquals("13800000002", view.fields().get("phone"), laptop.id);
            assertTrue(view.rev() > revBefore, laptop.id + " pulled the new revision");
        }
        JsonNode after = get("/api/v1/review/items/" + id, chen);
        assertEquals("resolved", after.path("item").path("status").asText());
        JsonNode event = last(after.path("history"));
        assertEquals("resolve", event.path("action").asText());
        assertEquals("chen", event.path("actor").asText());
        assertEquals("电话回访核实", event.path("comment").asText());
        assertEquals("13800000003", event.path("detail").path("mine").asText(), "the losing value stays");
        assertEquals("13800000002", event.path("detail").path("chosen").asText());

        PlatformHttp.Reply second = post("/api/v1/review/items/" + id + "/resolve", Map.of("fields",
                Map.of("phone", "13800000003"), "reason", "我也核实了", "version", listed.path("version").asInt()),
                platform.login("sun", "sun-desk"));
        assertEquals(409, second.status(), second.text());
        assertEquals("review_conflict", second.errorCode());
        assertEquals("resolved", second.json().path("item").path("status").asText());
        assertEquals("chen", second.json().path("item").path("updatedBy").asText());
        assertEquals("13800000002", platform.pullAll(chen).path("records").findValues("phone").stream()
                .map(JsonNode::asText).filter(p -> p.startsWith("1380000000")).reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void aWorkerMayNotReview() {
        String worker = platform.login("zhao", "zhao-403");
        assertEquals(403, platform.http.get("/api/v1/review/items", worker).status());
        assertEquals(403, platform.http.get("/api/v1/review/items/1", worker).status());
        assertEquals("out_of_scope", post("/api/v1/review/items/1/approve", Map.of("comment", "好"), worker)
                .errorCode());
        assertEquals(403, post("/api/v1/review/batch", Map.of("action", "approve", "ids", List.of(1)), worker)
                .status());
        assertEquals(401, platform.http.get("/api/v1/review/items", null).status());
    }

    /** A supervisor judging two residents with one number reads each one's household as its address, not an id. */
    @Test
    void aDuplicateNamesTheHouseholdsOfBothResidentsByTheirAddresses() {
        StringWriter err = new StringWriter();
        assertEquals(0, PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute("grid", "add", "--code", GRID_A, "--name", "幸福村第一网格",
                "--data", folder.toString()), err.toString());
        String zhao = platform.login("zhao", "zhao-households");
        String east = ids.nextId();
        String west = ids.nextId();
        String idNumber = identityNumber(47);
        push(zhao, "zhao-households",
                change("household", east, 0, Map.of("grid", GRID_A, "divisionCode", GRID_A,
                        "address", "东街 3 号", "householdType", "1"), hlc("zhao-households")),
                change("household", west, 0, Map.of("grid", GRID_A, "divisionCode", GRID_A,
                        "address", "西街 8 号", "householdType", "1"), hlc("zhao-households")));
        String first = ids.nextId();
        String second = ids.nextId();
        push(zhao, "zhao-households", change("resident", first, 0, resident(east, idNumber), hlc("zhao-households")));
        push(zhao, "zhao-households", change("resident", second, 0, resident(west, idNumber),
                hlc("zhao-households")));

        String chen = platform.login("chen", "chen-households");
        JsonNode detail = get("/api/v1/review/items/" + item(chen, "duplicate", second).path("id").asLong(), chen);
        JsonNode references = detail.path("references");
        assertEquals("西街 8 号", references.path(west).asText(), detail.toString());
        assertEquals("东街 3 号", references.path(east).asText(), detail.toString());
        assertEquals("幸福村第一网格", references.path(GRID_A).asText(), "the grid by its name: " + references);
        assertEquals(3, references.size(), "only what the two residents point to: " + references);
    }

    @Test
    void mergingDuplicatesMovesApplicationsAndVisitsToTheSurvivor() {
        String zhao = platform.login("zhao", "zhao-api");
        String first = ids.nextId();
        String second = ids.nextId();
        String application = ids.nextId();
        String visit = ids.nextId();
        String idNumber = identityNumber(31);
        push(zhao, "zhao-api", change("resident", first, 0, resident(ids.nextId(), idNumber), hlc("zhao-api")));
        String household = ids.nextId();
        push(zhao, "zhao-api", change("resident", second, 0, resident(household, idNumber), hlc("zhao-api")),
                change("application", application, 0, draftFor(second), hlc("zhao-api")),
                change("visit", visit, 0, Map.of("grid", GRID_A, "householdId", household, "date", "2026-01-05",
                        "purpose", "入户走访", "worker", "zhao", "residentId", second), hlc("zhao-api")));

        String chen = platform.login("chen", "chen-merge");
        JsonNode item = item(chen, "duplicate", second);
        assertEquals(first, item.path("otherRecordId").asText());
        JsonNode detail = get("/api/v1/review/items/" + item.path("id").asLong(), chen);
        assertEquals(second, detail.path("record").path("id").asText());
        assertEquals(first, detail.path("other").path("id").asText());
        JsonNode preview = detail.path("mergePreview");
        assertEquals(first, preview.path("survivorId").asText(), "the resident registered first stays");
        assertEquals(second, preview.path("mergedId").asText());
        assertEquals(1, preview.path("moving").path("application").asInt(), preview.toString());
        assertEquals(1, preview.path("moving").path("visit").asInt(), preview.toString());
        assertTrue(get("/api/v1/review/items/" + item.path("id").asLong(), chen).path("mergePreview")
                .path("moving").path("application").asInt() == 1, "a preview writes nothing");
        String merge = "/api/v1/review/items/" + item.path("id").asLong() + "/merge";
        PlatformHttp.Reply merged = post(merge, Map.of("version", item.path("version").asInt(), "comment", "同一人"),
                chen);
        assertEquals(200, merged.status(), merged.text());
        assertEquals(first, merged.json().path("detail").path("survivorId").asText());

        PlatformHttp.Reply late = post(merge, Map.of("version", item.path("version").asInt()),
                platform.login("sun", "sun-merge"));
        assertEquals(409, late.status(), late.text());
        assertEquals("resolved", late.json().path("item").path("status").asText());

        JsonNode pulled = platform.pullAll(zhao);
        assertEquals(first, record(pulled, application).path("fields").path("residentId").asText());
        assertEquals(first, record(pulled, visit).path("fields").path("residentId").asText());
        assertTrue(record(pulled, second).path("deleted").asBoolean());
        assertEquals(first, record(pulled, second).path("fields").path("mergedInto").asText());
        assertFalse(record(pulled, first).path("deleted").asBoolean());
    }

    @Test
    void returnsAndDecisionsReachTheWorkersDevice() {
        String zhao = platform.login("zhao", "zhao-apps");
        String returned = ids.nextId();
        String needsMaterials = ids.nextId();
        String household = ids.nextId();
        push(zhao, "zhao-apps", application(returned), application(needsMaterials),
                change("household", household, 0, Map.of("grid", GRID_A, "divisionCode", GRID_A,
                        "address", "一组 9 号", "householdType", "1"), hlc("zhao-apps")));
        String chen = platform.login("chen", "chen-apps");

        JsonNode applicationItem = item(chen, "application", returned);
        assertEquals("一组 9 号", item(chen, "record", household).path("title").asText());
        assertTrue(applicationItem.path("title").isNull(), "its resident is not on the platform: no name to show");
        assertEquals("zhao", applicationItem.path("worker").asText());
        assertEquals(200, post(action(applicationItem, "return"), Map.of("comment", "缺少户口本复印件",
                "expectedState", "open"), chen).status());
        assertEquals(409, post(action(applicationItem, "return"), Map.of("comment", "再退一次",
                "expectedState", "open"), chen).status());
        PlatformHttp.Reply decided = post(action(item(chen, "application", needsMaterials), "decide"), Map.of(
                "decision", "needs_materials", "missing", List.of("户口本", "低保申请书"), "comment", "请补齐"), chen);
        assertEquals(200, decided.status(), decided.text());
        assertEquals("decided", decided.json().path("status").asText());

        JsonNode householdItem = item(chen, "record", household);
        assertEquals("new", householdItem.path("detail").path("change").asText());
        assertEquals(200, post(action(householdItem, "return"), Map.of("comment", "门牌号请核对"), chen).status());

        JsonNode pulled = platform.pullAll(zhao);
        JsonNode back = record(pulled, returned).path("fields");
        assertEquals("returned", back.path("status").asText());
        assertEquals("缺少户口本复印件", back.path("decisionComment").asText());
        JsonNode missing = record(pulled, needsMaterials).path("fields");
        assertEquals("needs_materials", missing.path("status").asText());
        assertEquals(List.of("户口本", "低保申请书"), texts(missing.path("missingMaterials")));
        JsonNode home = record(pulled, household).path("fields");
        assertEquals("returned", home.path("reviewStatus").asText());
        assertEquals("门牌号请核对", home.path("reviewComment").asText());
        // a returned application, once fixed, is sent again by the worker (push() fails on any rejection)
        push(zhao, "zhao-apps", change("application", returned, record(pulled, returned).path("rev").asLong(),
                Map.of("status", "submitted"), hlc("zhao-apps")));
        assertTrue(rulesPrinted.contains("household: fields address; every new record"), rulesPrinted);

        push(zhao, "zhao-apps", change("household", household, record(pulled, household).path("rev").asLong(),
                Map.of("houseNo", "9"), hlc("zhao-apps")));
        JsonNode again = item(chen, "record", household);
        assertNotEquals(householdItem.path("id").asLong(), again.path("id").asLong());
        assertEquals("resubmitted", again.path("detail").path("change").asText());
        assertEquals(200, post(action(again, "approve"), Map.of("comment", "已核对"), chen).status());
        assertEquals("approved", record(platform.pullAll(zhao), household).path("fields").path("reviewStatus")
                .asText());
    }

    @Test
    void routineRecordsAreApprovedInOneBatchAndASecondBatchFindsThemDone() {
        String qian = platform.login("qian", "qian-batch");
        List<String> residents = List.of(ids.nextId(), ids.nextId());
        push(qian, "qian-batch", change("resident", residents.get(0), 0, resident(ids.nextId(), identityNumber(41)),
                hlc("qian-batch")), change("resident", residents.get(1), 0, resident(ids.nextId(), identityNumber(42)),
                hlc("qian-batch")));
        String chen = platform.login("chen", "chen-batch");
        JsonNode page = get("/api/v1/review/items?kind=record&worker=qian&limit=1", chen);
        assertEquals(1, page.path("items").size());
        assertEquals("张三", page.path("items").get(0).path("title").asText(), "a resident is listed by name");
        assertTrue(page.path("hasMore").asBoolean());
        assertTrue(page.path("counts").path("record").asLong() >= 2, page.path("counts")::toString);
        JsonNode rest = get("/api/v1/review/items?kind=record&worker=qian&limit=1&cursor="
                + page.path("next").asText(), chen);
        assertNotEquals(page.path("items").get(0).path("id"), rest.path("items").get(0).path("id"));
        List<Long> itemIds = residents.stream().map(id -> item(chen, "record", id).path("id").asLong()).toList();

        JsonNode results = post("/api/v1/review/batch", Map.of("action", "approve", "ids", itemIds,
                "comment", "例行审核"), chen).json().path("results");
        assertEquals(List.of("done", "done"), texts(results.findValues("outcome")));
        JsonNode again = post("/api/v1/review/batch", Map.of("action", "approve", "ids", itemIds), chen).json();
        assertEquals(List.of("conflict", "conflict"), texts(again.path("results").findValues("outcome")));
        assertEquals("approved", get("/api/v1/review/items/" + itemIds.get(0), chen).path("item").path("status")
                .asText());
    }

    @Test
    void aPoorRatingIsOverdueAfterThreeWorkingDaysAndAnIssueIsDispatched() {
        clock.set(MONDAY);
        String li = platform.login("li", "li-laptop");
        String poor = ids.nextId();
        String issue = ids.nextId();
        String rated = ids.nextId();
        Map<String, Object> ratedResident = resident(ids.nextId(), identityNumber(51));
        ratedResident.put("grid", GRID_B);
        ratedResident.put("name", "王秀英");
        push(li, "li-laptop", change("resident", rated, 0, ratedResident, hlc("li-laptop")));
        push(li, "li-laptop", change("service_rating", poor, 0, Map.of("grid", GRID_B, "residentId", rated,
                "worker", "li", "level", 2, "comment", "办事太慢"), hlc("li-laptop")),
                change("service_rating", ids.nextId(), 0, Map.of("grid", GRID_B, "residentId", ids.nextId(),
                        "worker", "li", "level", 4), hlc("li-laptop")),
                change("issue", issue, 0, Map.of("grid", GRID_B, "title", "路灯不亮", "status", "reported"),
                        hlc("li-laptop")));
        String zhou = platform.login("zhou", "zhou-desk");
        JsonNode rating = item(zhou, "rating", poor);
        assertEquals("王秀英", rating.path("title").asText(), "a rating is listed by the resident it is for");
        assertEquals("路灯不亮", item(zhou, "issue", issue).path("title").asText());
        assertEquals(1, get("/api/v1/review/items?kind=rating", zhou).path("counts").path("rating").asLong(),
                "a good rating needs no call-back");
        assertEquals(MONDAY.plus(Duration.ofDays(3)).toString(), rating.path("dueAt").asText());
        assertFalse(rating.path("overdue").asBoolean());

        clock.set(MONDAY.plus(Duration.ofDays(2)).plus(Duration.ofHours(23)));
        assertEquals(0, get("/api/v1/review/items", zhou).path("overdue").asLong());
        clock.set(MONDAY.plus(Duration.ofDays(3)).plus(Duration.ofHours(1)));
        JsonNode late = get("/api/v1/review/items?overdue=true", zhou);
        assertEquals(1, late.path("overdue").asLong());
        assertEquals(1, late.path("overdueByKind").path("rating").asLong());
        assertEquals(poor, late.path("items").get(0).path("recordId").asText());
        assertTrue(late.path("items").get(0).path("overdue").asBoolean());
        assertEquals(1, get("/api/v1/review/items?kind=rating&olderThanDays=3", zhou).path("items").size());

        PlatformHttp.Reply otherGrid = post(action(rating, "callback"), Map.of("outcome", "不是我的网格"),
                platform.login("chen", "chen-other-grid"));
        assertEquals(404, otherGrid.status(), "a supervisor acts on its own grids only");
        assertEquals("not_found", otherGrid.errorCode());
        PlatformHttp.Reply called = post(action(rating, "callback"), Map.of("outcome", "已致歉并说明办理进度",
                "rectification", "三日内办结"), zhou);
        assertEquals(200, called.status(), called.text());
        assertEquals("rectifying", called.json().path("status").asText(),
                "an agreed rectification keeps the rating with the reviewers");
        assertTrue(called.json().path("detail").path("calledBackLate").asBoolean());
        assertEquals(MONDAY.plus(Duration.ofDays(14)).toString(), called.json().path("rectifyDueAt").asText(),
                "10 working days from the rating");
        assertEquals(0, get("/api/v1/review/items", zhou).path("overdue").asLong());
        assertEquals(1, get("/api/v1/review/items?kind=rating", zhou).path("counts").path("rating").asLong(),
                "the list shows what still needs a person, rectifications included");

        clock.set(MONDAY.plus(Duration.ofDays(14)).plus(Duration.ofHours(1)));
        JsonNode rectificationLate = get("/api/v1/review/items?overdue=true", zhou);
        assertEquals(1, rectificationLate.path("overdueByKind").path("rating").asLong());
        assertEquals(poor, rectificationLate.path("items").get(0).path("recordId").asText());
        PlatformHttp.Reply calledAgain = post(action(rating, "callback"), Map.of("outcome", "再次回访"), zhou);
        assertEquals(409, calledAgain.status(), "a rating is called back once");
        PlatformHttp.Reply noComment = post(action(rating, "rectify"), Map.of(), zhou);
        assertEquals(400, noComment.status(), "what was done must be said");
        PlatformHttp.Reply rectified = post(action(rating, "rectify"), Map.of("comment", "已当场办结并回复群众"),
                zhou);
        assertEquals(200, rectified.status(), rectified.text());
        assertEquals("resolved", rectified.json().path("status").asText());
        assertTrue(rectified.json().path("detail").path("rectifiedLate").asBoolean());
        assertEquals(0, get("/api/v1/review/items", zhou).path("overdue").asLong());
        assertEquals(List.of("created", "callback", "rectify"), texts(get("/api/v1/review/items/"
                + rating.path("id").asText(), zhou).path("history").findValues("action")));

        PlatformHttp.Reply dispatched = post(action(item(zhou, "issue", issue), "dispatch"), Map.of("worker", "li",
                "deadline", "2030-01-31", "comment", "请联系供电所"), zhou);
        assertEquals(200, dispatched.status(), dispatched.text());
        JsonNode fields = record(platform.pullAll(li), issue).path("fields");
        assertEquals("accepted", fields.path("status").asText());
        assertEquals("li", fields.path("assignee").asText());
        assertEquals("2030-01-31", fields.path("deadline").asText());
        assertEquals(1, fields.path("timeline").size());
        assertTrue(get("/api/v1/review/items?kind=rating", platform.login("chen", "chen-b")).path("items").isEmpty(),
                "a supervisor sees only its own grids");
    }

    private TestLaptop laptop(String user, String device) {
        return new TestLaptop(device, platform.port(), platform.login(user, device), SessionSettings.standard());
    }

    private static Map<String, Object> change(String type, String id, long baseRev, Map<String, ?> set, String hlc) {
        return SyncTestPlatform.change(type, id, baseRev, set, hlc);
    }

    private Map<String, Object> application(String id) {
        // a built-in template's answers: the platform checks every application against its template
        return change("application", id, 0, ApplicationPushTest.application("2025.1", "submitted",
                ApplicationPushTest.answers()), hlc("zhao-apps"));
    }

    private static Map<String, Object> draftFor(String residentId) {
        Map<String, Object> draft = ApplicationPushTest.application("2025.1", "draft", ApplicationPushTest.answers());
        draft.put("residentId", residentId);
        return draft;
    }

    private static Map<String, Object> resident(String household, String idNumber) {
        return new HashMap<>(Map.of("grid", GRID_A, "householdId", household, "name", "张三", "sex", "1",
                "birthDate", "1980-01-01", "relation", "02", "idNumber", idNumber));
    }

    @SafeVarargs
    private void push(String token, String device, Map<String, Object>... changes) {
        PlatformHttp.Reply reply = platform.push(token, batch(device, ids.nextId(), 1, List.of(changes)));
        assertEquals(200, reply.status(), reply.text());
        reply.json().path("results").forEach(result -> assertNotEquals("rejected", result.path("status").asText(),
                result::toString));
    }

    private static String hlc(String device) {
        return new Hlc(System.currentTimeMillis(), 0, device).toString();
    }

    /** The newest item of the kind about the record, whatever its status. */
    private static JsonNode item(String token, String kind, String recordId) {
        JsonNode page = get("/api/v1/review/items?status=all&kind=" + kind, token);
        JsonNode found = null;
        for (JsonNode item : page.path("items")) {
            if (item.path("recordId").asText().equals(recordId)) {
                found = item;
            }
        }
        if (found == null) {
            throw new AssertionError("no " + kind + " item for " + recordId + " in " + page);
        }
        return found;
    }

    private static String action(JsonNode item, String action) {
        return "/api/v1/review/items/" + item.path("id").asLong() + "/" + action;
    }

    private static JsonNode get(String path, String token) {
        PlatformHttp.Reply reply = platform.http.get(path, token);
        assertEquals(200, reply.status(), reply.text());
        return reply.json();
    }

    private static PlatformHttp.Reply post(String path, Object body, String token) {
        try {
            return platform.http.post(path, JSON.writeValueAsString(body), token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode record(JsonNode page, String id) {
        for (JsonNode record : page.path("records")) {
            if (record.path("id").asText().equals(id)) {
                return record;
            }
        }
        throw new AssertionError("record " + id + " not pulled");
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    private static List<String> texts(Object nodes) {
        List<String> texts = new ArrayList<>();
        if (nodes instanceof JsonNode array) {
            array.forEach(node -> texts.add(node.asText()));
        } else {
            ((List<?>) nodes).forEach(node -> texts.add(((JsonNode) node).asText()));
        }
        return texts;
    }
}
