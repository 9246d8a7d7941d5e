package org.griddesk.platform.app;

import static org.griddesk.platform.app.HostileRequests.assertEveryChangeRejected;
import static org.griddesk.platform.app.HostileRequests.assertRefused;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.Hlc;

/**
 * The fuzz half of the hostile input suite. Each push holds changes that are each wrong in exactly one way (a
 * hostile id, type, field name, value, grid, secret field or clock), as tombstones or not, and the body may be
 * cut, salted with a control byte, compressed or mislabelled. Whatever comes: a 4xx in the stable shape or a 200
 * rejecting every change with a known code; never a 5xx. Afterwards nothing stored has changed, the platform is
 * up, and its log holds none of the passwords and identity numbers it was sent. Bounded: a few hundred tries.
 */
class HostileInputFuzzTest {
    private static final String SECRET_PASSWORD = "fuzz-秘密-pw-7781";
    private static final String IDENTITY = SyncTestPlatform.identityNumber(377);
    /** Every fragment holds a character no id, type, field name or grid code may hold. */
    private static final List<String> EVIL = List.of("'", "\"", "' OR '1'='1", "; DROP TABLE records; --", "../",
            "..\\", "/etc/passwd", "%00", "\u0000", "\u0001", "\u0007", "\u001b[31m", "\n", "\r\n", "\t", " ", "{}",
            "[]", "<script>", "${jndi:ldap://x}", "\u202E", "\uD83D\uDE00", "名", "\\u0000", "*", "$", "#", "?", "&",
            "|", "`id`", "-", ".");
    private static final List<String> FORBIDDEN_NAMES = List.of("password", "userPassword", "pwd", "bankPincode");

    private static Path folder;
    private static SyncTestPlatform platform;
    private static HostileRequests requests;
    private static LogCapture log;
    private static String fuzzer;
    private static String admin;
    private static JsonNode storedBefore;
    private static int pushes;
    private static int logins;

    /** A request body with its headers, and what was done to it (for the failure message). */
    record HostilePush(byte[] body, Map<String, String> headers, String description) {
    }

    @BeforeContainer
    static void start() throws IOException {
        log = new LogCapture();
        folder = Files.createTempDirectory("griddesk-hostile-fuzz");
        platform = new SyncTestPlatform(folder);
        platform.addUser("fuzz", "worker", GRID_A);
        platform.addUser("admin", "admin");
        fuzzer = platform.login("fuzz", "fuzz-1");
        admin = platform.login("admin", "admin-1");
        requests = new HostileRequests(platform.port());
        assertEquals(200, platform.push(fuzzer, SyncTestPlatform.batch("fuzz-1", "seed", 1, List.of(
                SyncTestPlatform.change("issue", new UuidV7Generator().nextId(), 0,
                        Map.of("grid", GRID_A, "title", "已有"), hlc())))).status());
        storedBefore = platform.pullAll(admin);
    }

    @AfterContainer
    static void stop() throws IOException {
        try {
            assertEquals(200, platform.http.get("/health", null).status(), "the platform stays up");
            assertEquals(storedBefore, platform.pullAll(admin), "nothing stored changed");
            assertTrue(pushes >= 200 && logins >= 50, pushes + " pushes and " + logins + " logins tried");
        } finally {
            platform.close();
            log.close();
            try (var files = Files.walk(folder)) {
                files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        String text = log.text();
        assertTrue(text.contains("POST /api/v1/sync/push 200"), "the capture saw the platform's log");
        assertFalse(text.contains(SECRET_PASSWORD), "a password was logged");
        assertFalse(text.contains(IDENTITY), "an identity number was logged");
    }

    @Property(tries = 220)
    void aHostilePushIsRefusedCleanly(@ForAll("hostilePushes") HostilePush push) {
        pushes++;
        PlatformHttp.Reply reply = requests.send("POST", "/api/v1/sync/push", push.body(), fuzzer, push.headers());
        if (reply.status() == 200) {
            assertEveryChangeRejected(reply, push.description());
        } else {
            assertRefused(reply, push.description());
        }
    }

    @Property(tries = 60)
    void aHostileSignInIsRefusedCleanly(@ForAll("hostileText") String username, @ForAll("hostileText") String deviceId,
                                        @ForAll boolean secret) {
        logins++;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", secret ? SECRET_PASSWORD : username);
        body.put("deviceId", deviceId);
        PlatformHttp.Reply reply = requests.post("/api/v1/auth/login", HostileRequests.json(body), null);
        assertRefused(reply, "login " + body);
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> evil = Arbitraries.of(EVIL).list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts));
        Arbitrary<String> around = Arbitraries.strings().alpha().numeric().ofMaxLength(12);
        Arbitrary<String> huge = Arbitraries.of(EVIL).map(part -> part + "x".repeat(70_000));
        Arbitrary<String> shortText = Combinators.combine(around, evil, around).as((a, e, b) -> a + e + b);
        return Arbitraries.frequencyOf(Tuple.of(9, shortText), Tuple.of(1, huge));
    }

    @Provide
    Arbitrary<HostilePush> hostilePushes() {
        Arbitrary<List<Map<String, Object>>> changes = defectiveChange().list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<Integer> mutation = Arbitraries.integers().between(0, 9);
        Arbitrary<Integer> where = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Character> control = Arbitraries.of('\u0000', '\u0001', '\u0008', '\u000b', '\u001f');
        return Combinators.combine(changes, mutation, where, control).as(HostileInputFuzzTest::encode);
    }

    private static HostilePush encode(List<Map<String, Object>> changes, int mutation, int where, char control) {
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("deviceId", "fuzz-1");
        batch.put("batchId", new UuidV7Generator().nextId());
        batch.put("schemaVersion", 1);
        batch.put("changes", changes);
        byte[] json = HostileRequests.json(batch).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>(Map.of("Content-Type", "application/json"));
        int at = where % json.length;
        String description = "changes " + describe(changes);
        switch (mutation) {
            case 1 -> {
                json = java.util.Arrays.copyOf(json, at);
                description += ", cut at " + at;
            }
            case 2 -> {
                byte[] salted = new byte[json.length + 1];
                System.arraycopy(json, 0, salted, 0, at);
                salted[at] = (byte) control;
                System.arraycopy(json, at, salted, at + 1, json.length - at);
                json = salted;
                description += ", control byte " + (int) control + " at " + at;
            }
            case 3 -> {
                json = HostileRequests.gzip(json);
                headers.put("Content-Encoding", "gzip");
                description += ", gzip";
            }
            case 4 -> {
                json = HostileRequests.gzip(json);
                description += ", gzip unlabelled";
            }
            case 5 -> {
                headers.put("Content-Encoding", "deflate, br");
                description += ", unknown encoding";
            }
            default -> {
            }
        }
        return new HostilePush(json, headers, description);
    }

    /** A change that is valid but for exactly one defect, sometimes a tombstone. */
    private Arbitrary<Map<String, Object>> defectiveChange() {
        Arbitrary<Map<String, Object>> defect = Arbitraries.oneOf(
                hostileText().map(id -> change("issue", id, issue(), hlc())),
                hostileText().map(type -> change(type, newId(), issue(), hlc())),
                hostileText().map(name -> change("issue", newId(), with(issue(), name, "v"), hlc())),
                Arbitraries.of(FORBIDDEN_NAMES).map(name -> change("issue", newId(), with(issue(), name,
                        SECRET_PASSWORD), hlc())),
                hostileText().map(text -> change("issue", newId(), with(issue(), "grid", GRID_A + text), hlc())),
                Arbitraries.of(GRID_B, "500101", "500102001001", "").map(grid -> change("issue", newId(),
                        with(issue(), "grid", grid), hlc())),
                hostileValue().map(value -> change("issue", newId(), with(issue(), "description", value), hlc())),
                Arbitraries.of("garbage", "", "1:2:3", new Hlc(System.currentTimeMillis(), 0, "other-device").toString())
                        .map(clock -> change("issue", newId(), issue(), clock)),
                Arbitraries.of("12345", "50010119800101001", wrongCheckCharacter(), "X".repeat(18))
                        .map(number -> change("resident", newId(), resident(number), hlc())),
                hostileText().map(text -> change("resident", newId(), with(resident(IDENTITY), "sex", text), hlc())));
        return Combinators.combine(defect, Arbitraries.of(true, false)).as((change, delete) -> {
            change.put("delete", delete);
            return change;
        });
    }

    private static Arbitrary<Object> hostileValue() {
        // up to what the body may nest (1,000 with the batch around it): the screen, not the parser, must refuse it
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 990);
        return Arbitraries.oneOf(
                depth.map(HostileInputFuzzTest::nested),
                Arbitraries.integers().list().ofMinSize(1).ofMaxSize(5).map(list -> (Object) list),
                Arbitraries.of(Map.of("lon", 181, "lat", 0), Map.of("lon", 0, "lat", -91), Map.of("lon", "x", "lat", 1),
                        Map.of("lat", 1)).map(map -> (Object) map),
                Arbitraries.of((Object) new BigDecimal("1e400"), new BigDecimal("-1e400")),
                Arbitraries.of((Object) "值".repeat(10_001), "a\u0000b", List.of("ok", "\u0000"),
                        Collections.nCopies(1001, "t")));
    }

    private static String wrongCheckCharacter() {
        return IDENTITY.substring(0, 17) + (IDENTITY.endsWith("0") ? "1" : "0");
    }

    private static Object nested(int depth) {
        Object value = "leaf";
        for (int level = 0; level < depth; level++) {
            value = level % 2 == 0 ? Map.of("k", value) : List.of(value);
        }
        return value;
    }

    private static Map<String, Object> issue() {
        return new LinkedHashMap<>(Map.of("grid", GRID_A, "title", "路灯坏了"));
    }

    private static Map<String, Object> resident(String idNumber) {
        return new LinkedHashMap<>(Map.of("grid", GRID_A, "householdId", newId(), "name", "张三", "sex", "1",
                "birthDate", "1980-01-01", "relation", "02", "idNumber", idNumber));
    }

    private static Map<String, Object> with(Map<String, Object> fields, String name, Object value) {
        fields.put(name, value);
        return fields;
    }

    private static Map<String, Object> change(String type, String id, Map<String, Object> set, String hlc) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("type", type);
        change.put("id", id);
        change.put("baseRev", 0);
        change.put("set", set);
        change.put("hlc", hlc);
        return change;
    }

    private static String describe(List<Map<String, Object>> changes) {
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> change : changes) {
            String text = change.toString();
            parts.add(text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
        return parts.toString();
    }

    private static String newId() {
        return new UuidV7Generator().nextId();
    }

    private static String hlc() {
        return new Hlc(System.currentTimeMillis(), 0, "fuzz-1").toString();
    }
}
