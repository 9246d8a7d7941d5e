package org.griddesk.desktop.service.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.sync.client.Transport;
import org.griddesk.sync.record.FieldValues;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.server.TestPlatform;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.session.SyncOutcome;
import org.griddesk.sync.session.SyncSession;
import org.griddesk.sync.store.StoredConflict;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;

/**
 * sync-engine's convergence property, played on the real encrypted Derby device store: 2 or 3 devices edit and
 * delete shared records offline and sync in random order through the in-process platform core. After two final
 * rounds every device holds exactly the platform's state, and every value a device pushed is in the record's
 * history on the platform or in a conflict entry. Few tries: each device is a real store in a temporary folder.
 */
class DerbyConvergencePropertyTest {

    private static final List<String> SHARED = List.of("r-1", "r-2", "r-3", "r-4");
    private static final List<String> FIELDS = List.of("name", "phone", "address");
    private static final SessionSettings SETTINGS = new SessionSettings(3, 3);

    sealed interface Step permits Edit, Delete, Sync { }

    record Edit(int device, int record, int field) implements Step { }

    record Delete(int device, int record) implements Step { }

    record Sync(int device) implements Step { }

    record Scenario(int devices, List<Step> steps) { }

    @Property(tries = 12)
    void derbyDevicesConvergeAndNothingPushedIsLost(@ForAll("scenarios") Scenario scenario) throws IOException {
        Path root = Files.createTempDirectory("griddesk-convergence");
        TestPlatform platform = new TestPlatform();
        platform.wallClock.set(System.currentTimeMillis());
        List<Device> devices = new ArrayList<>();
        List<Change> pushed = new ArrayList<>();
        try {
            for (int i = 0; i < scenario.devices(); i++) {
                devices.add(new Device(root.resolve("dev" + i), platform, pushed));
            }
            Device first = devices.get(0);
            for (String id : SHARED) {
                first.changes.set(new RecordKey("resident", id), Map.of("grid", "g-1", "name", "初始-" + id));
            }
            for (Device device : devices) {
                assertTrue(device.sync().completed());
            }
            int counter = 0;
            for (Step step : scenario.steps()) {
                counter++;
                if (step instanceof Edit edit) {
                    Device device = devices.get(edit.device() % devices.size());
                    RecordKey key = new RecordKey("resident", SHARED.get(edit.record()));
                    if (device.live(key)) {
                        device.changes.set(key, Map.of(FIELDS.get(edit.field()), "dev" + devices.indexOf(device) + "-" + counter));
                    }
                } else if (step instanceof Delete delete) {
                    Device device = devices.get(delete.device() % devices.size());
                    RecordKey key = new RecordKey("resident", SHARED.get(delete.record()));
                    if (device.live(key)) {
                        device.changes.delete(key);
                    }
                } else if (step instanceof Sync sync) {
                    devices.get(sync.device() % devices.size()).sync();
                }
            }
            for (int round = 0; round < 2; round++) {
                for (Device device : devices) {
                    SyncOutcome outcome = device.sync();
                    assertTrue(outcome.completed(), () -> "final sync failed: " + outcome);
                }
            }

            Set<RecordKey> serverKeys = new HashSet<>();
            platform.store.changesAfter(0, Integer.MAX_VALUE).forEach(row -> serverKeys.add(row.record().key()));
            for (Device device : devices) {
                assertTrue(device.session.records().outbox().isEmpty(), "pending edits left");
                assertEquals(serverKeys, device.session.records().records());
                for (RecordKey key : serverKeys) {
                    SyncRecord expected = platform.store.find(key).orElseThrow().toSyncRecord();
                    assertEquals(expected, device.session.records().localView(key).orElseThrow(), "differs on " + key);
                }
            }
            for (Change change : pushed) {
                RecordKey key = new RecordKey(change.type(), change.id());
                change.set().forEach((field, value) -> {
                    Object normalized = FieldValues.normalize(value);
                    boolean inHistory = platform.store.history(key).stream()
                            .anyMatch(version -> Objects.equals(version.fields().get(field), normalized));
                    boolean inConflict = platform.store.conflicts().stream()
                            .filter(stored -> stored.record().equals(key)).map(StoredConflict::conflict)
                            .anyMatch(c -> c.field().equals(field) && Objects.equals(c.mine(), normalized));
                    assertTrue(inHistory || inConflict, () -> "lost " + field + "=" + value + " of " + key);
                });
            }
        } finally {
            devices.forEach(device -> device.session.close());
            deleteTree(root);
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Integer> device = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> record = Arbitraries.integers().between(0, SHARED.size() - 1);
        Arbitrary<Step> edit = Combinators.combine(device, record, Arbitraries.integers().between(0, FIELDS.size() - 1))
                .as(Edit::new);
        Arbitrary<Step> delete = Combinators.combine(device, record).as(Delete::new);
        Arbitrary<Step> sync = device.map(Sync::new);
        Arbitrary<Step> step = Arbitraries.frequencyOf(Tuple.of(8, edit), Tuple.of(1, delete), Tuple.of(4, sync));
        return Combinators.combine(Arbitraries.integers().between(2, 3), step.list().ofMinSize(6).ofMaxSize(30))
                .as(Scenario::new);
    }

    /** One device: a real encrypted store, its clock, and a line to the platform that notes every pushed change. */
    private static final class Device {
        final EncryptedDeviceSession session;
        final LocalChanges changes;
        final Transport transport;

        Device(Path folder, TestPlatform platform, List<Change> pushed) {
            try {
                session = new EncryptedVault(folder, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1))
                        .create("收敛-属性-2026".toCharArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            changes = new LocalChanges(session.records(), session.clock());
            Transport local = platform.transportFor(TestPlatform.worker(session.clock().deviceId()));
            transport = new Transport() {
                @Override
                public PushResponse push(PushRequest request) {
                    PushResponse response = local.push(request);
                    pushed.addAll(request.changes());
                    return response;
                }

                @Override
                public ChangesPage pull(long after, int limit) {
                    return local.pull(after, limit);
                }
            };
        }

        boolean live(RecordKey key) {
            return session.records().localView(key).map(view -> !view.deleted()).orElse(false);
        }

        SyncOutcome sync() {
            return new SyncSession(session.records(), transport, session.clock(), SETTINGS, (phase, counters) -> { })
                    .run();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
