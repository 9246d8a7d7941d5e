package org.griddesk.platform.app;

import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.HttpUrl;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PulledRecord;
import org.griddesk.sync.wire.WireConversions;

/**
 * sync-engine's convergence property, smaller, against the real platform: two or three devices of one
 * worker create and edit issues offline and sync in random order over HTTP into PostgreSQL. After two
 * final rounds every device holds exactly the platform's state and has nothing left to push.
 */
class HttpConvergencePropertyTest {
    private static final List<String> FIELDS = List.of("title", "status", "priority");
    private static final List<String> VALUES = List.of("甲", "乙", "丙");
    private static final int DEVICES = 3;

    private static Path folder;
    private static SyncTestPlatform platform;
    private static final List<String> tokens = new ArrayList<>();
    private static HttpSyncClient observer;
    private static long floor;
    private static String adminToken;
    private static int tries;
    private static boolean failed;

    sealed interface Step permits Create, Edit, Sync { }

    record Create(int device, int value) implements Step { }

    record Edit(int device, int pick, int field, int value) implements Step { }

    record Sync(int device) implements Step { }

    @BeforeContainer
    static void start() throws IOException {
        folder = Files.createTempDirectory("griddesk-convergence");
        platform = new SyncTestPlatform(folder);
        platform.addUser("wang", "worker", GRID_A);
        platform.addUser("admin", "admin");
        for (int i = 0; i < DEVICES; i++) {
            tokens.add(platform.login("wang", "wang-" + i));
        }
        adminToken = platform.login("admin", "observer");
        observer = new HttpSyncClient(HttpUrl.get("http://127.0.0.1:" + platform.port() + "/"), () -> adminToken,
                ClientSettings.standard());
    }

    @AfterContainer
    static void stop() throws IOException {
        try {
            assertTrue(failed || tries >= 25, "only " + tries + " tries ran");
            // the property means little unless same-field edits actually met on the platform
            assertTrue(failed || platform.http.get("/api/v1/review/items?kind=conflict", adminToken).json()
                    .path("items").size() > 0, "no scenario produced a conflict");
        } finally {
            shutDown();
        }
    }

    private static void shutDown() throws IOException {
        if (platform != null) {
            platform.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Property(tries = 25)
    void devicesConvergeOnThePlatformState(@ForAll("scenarios") List<Step> steps) {
        tries++;
        try {
            playOut(steps);
        } catch (AssertionError e) {
            failed = true;
            throw e;
        }
    }

    private static void playOut(List<Step> steps) {
        List<TestLaptop> devices = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            TestLaptop device = new TestLaptop("wang-" + i, platform.port(), tokens.get(i), new SessionSettings(3, 4));
            device.store.savePullCursor(floor); // earlier tries' records are not this scenario's business
            devices.add(device);
        }
        List<RecordKey> created = new ArrayList<>();
        // every device starts from two shared records, so that offline edits of one field meet often
        List<Step> prelude = List.of(new Create(0, 0), new Create(0, 1), new Sync(0), new Sync(1), new Sync(2));
        for (Step step : prelude) {
            play(step, devices, created);
        }
        for (Step step : steps) {
            play(step, devices, created);
        }
        for (int round = 0; round < 2; round++) {
            devices.forEach(device -> assertTrue(device.sync().completed(), device.id));
        }
        Map<RecordKey, SyncRecord> onPlatform = platformStateSinceFloor();
        assertEquals(created.size(), onPlatform.size(), "every created record reached the platform");
        for (TestLaptop device : devices) {
            assertTrue(device.store.outbox().isEmpty(), device.id + " has edits left to push");
            onPlatform.forEach((key, record) ->
                    assertEquals(record, device.store.localView(key).orElse(null), device.id + " " + key));
        }
    }

    private static void play(Step step, List<TestLaptop> devices, List<RecordKey> created) {
        if (step instanceof Create create) {
            RecordKey key = new RecordKey("issue", new UuidV7Generator().nextId());
            devices.get(create.device()).set(key.type(), key.id(),
                    Map.of("grid", GRID_A, "title", VALUES.get(create.value())));
            created.add(key);
        } else if (step instanceof Edit edit) {
            TestLaptop device = devices.get(edit.device());
            List<RecordKey> known = created.stream().filter(key -> device.store.localView(key).isPresent()).toList();
            if (!known.isEmpty()) {
                RecordKey key = known.get(edit.pick() % known.size());
                device.set(key.type(), key.id(), Map.of(FIELDS.get(edit.field()), VALUES.get(edit.value())));
            }
        } else if (step instanceof Sync sync) {
            assertTrue(devices.get(sync.device()).sync().completed());
        }
    }

    private static Map<RecordKey, SyncRecord> platformStateSinceFloor() {
        Map<RecordKey, SyncRecord> records = new HashMap<>();
        ChangesPage page;
        do {
            page = observer.pull(floor, 1000);
            for (PulledRecord pulled : page.records()) {
                records.put(new RecordKey(pulled.type(), pulled.id()), WireConversions.toRecord(pulled));
            }
            floor = page.next();
        } while (page.hasMore());
        return records;
    }

    @Provide
    Arbitrary<List<Step>> scenarios() {
        Arbitrary<Integer> device = Arbitraries.integers().between(0, DEVICES - 1);
        Arbitrary<Integer> value = Arbitraries.integers().between(0, VALUES.size() - 1);
        Arbitrary<Step> create = Combinators.combine(device, value).as(Create::new);
        Arbitrary<Step> edit = Combinators.combine(device, Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, FIELDS.size() - 1), value).as(Edit::new);
        Arbitrary<Step> sync = device.map(Sync::new);
        return Arbitraries.frequencyOf(Tuple.of(2, create), Tuple.of(6, edit), Tuple.of(3, sync))
                .list().ofMinSize(4).ofMaxSize(25);
    }
}
