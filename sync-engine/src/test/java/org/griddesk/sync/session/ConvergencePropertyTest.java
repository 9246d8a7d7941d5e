package org.griddesk.sync.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.griddesk.sync.merge.Conflict;
import org.griddesk.sync.merge.FieldStamp;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.FieldValues;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.server.TestPlatform;
import org.griddesk.sync.store.StoredConflict;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;

/**
 * THE property: 2 to 5 devices with skewed clocks edit shared records offline, then sync in random order
 * over a line that loses push answers and cuts pulls. After a final round every device holds exactly the
 * platform's state, and no value that ever left a device was lost: it is in the record's history and was
 * overwritten only by someone who had seen it, or it is in a conflict entry.
 *
 * <p>Scopes move too: the first device holds grids g1 and g2 and moves records between them, the others hold
 * g1 only, so their offline edits of a record that moved away are kept for review (conflict entries) and the
 * record then leaves them.
 *
 * <p>Tries come from {@code jqwik.tries.default}, set from {@code -Dgriddesk.soak.tries} (1000 by default).
 */
class ConvergencePropertyTest {

    private static final List<String> FIELDS = List.of("name", "phone", "count", "location");
    private static final String HOME_GRID = "g1";
    private static final String OTHER_GRID = "g2";
    private static final SessionSettings SETTINGS = new SessionSettings(2, 2);
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final AtomicInteger FAILURES = new AtomicInteger();

    sealed interface Step permits Create, Edit, Delete, Move, Sync, Tick { }

    record Create(int device) implements Step { }

    record Edit(int device, int pick, String field, boolean toNull) implements Step { }

    record Delete(int device, int pick) implements Step { }

    /** The first device moves a record to the other grid (and back). */
    record Move(int pick) implements Step { }

    record Sync(int device, Interruption interruption) implements Step { }

    record Tick(int millis) implements Step { }

    enum Interruption { NONE, LOSE_PUSH_ANSWER, CUT_PULL_AT_START, CUT_PULL_AFTER_ONE_PAGE }

    record Scenario(List<Long> clockOffsets, List<Step> steps) { }

    @Property
    void devicesConvergeAndNothingIsLost(@ForAll("scenarios") Scenario scenario) {
        TRIES.incrementAndGet();
        try {
            Run run = new Run(scenario);
            run.execute();
            // the property only means something if the hard paths are actually taken often enough
            Statistics.label("conflict").collect(!run.platform.store.conflicts().isEmpty());
            Statistics.label("replayed batch").collect(run.replayed());
            Statistics.label("kept for review").collect(run.keptForReview > 0);
            Statistics.label("conflict").coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
            Statistics.label("replayed batch").coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
        } catch (AssertionError e) {
            FAILURES.incrementAndGet(); // jqwik stops early then; the tries check below would only add noise
            throw e;
        }
    }

    @AfterContainer
    static void ranTheConfiguredNumberOfTries() {
        int configured = Integer.parseInt(System.getProperty("griddesk.soak.tries", "1000"));
        assertTrue(FAILURES.get() > 0 || TRIES.get() >= Math.min(configured, 1000), "only " + TRIES.get() + " tries ran");
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Long> offset = Arbitraries.of(0L, Duration.ofMinutes(2).toMillis(), -Duration.ofHours(1).toMillis(),
                Duration.ofDays(3).toMillis(), -Duration.ofDays(3).toMillis());
        Arbitrary<List<Long>> offsets = offset.list().ofMinSize(2).ofMaxSize(5);
        Arbitrary<Integer> device = Arbitraries.integers().between(0, 4);
        Arbitrary<Step> create = device.map(Create::new);
        Arbitrary<Step> edit = Combinators.combine(device, Arbitraries.integers().between(0, 20),
                field(), Arbitraries.integers().between(0, 9).map(n -> n == 0)).as(Edit::new);
        Arbitrary<Step> delete = Combinators.combine(device, Arbitraries.integers().between(0, 20)).as(Delete::new);
        Arbitrary<Step> sync = Combinators.combine(device, Arbitraries.of(Interruption.class)).as(Sync::new);
        Arbitrary<Step> tick = Arbitraries.integers().between(0, 5_000).map(Tick::new);
        Arbitrary<Step> move = Arbitraries.integers().between(0, 20).map(Move::new);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(3, create), Tuple.of(8, edit), Tuple.of(1, delete),
                Tuple.of(5, sync), Tuple.of(2, tick), Tuple.of(1, move));
        return Combinators.combine(offsets, step.list().ofMinSize(8).ofMaxSize(60)).as(Scenario::new);
    }

    /** Few fields, one of them popular, so concurrent edits of the same field happen often. */
    private static Arbitrary<String> field() {
        return Arbitraries.frequency(
                Tuple.of(4, FIELDS.get(1)), Tuple.of(2, FIELDS.get(0)),
                Tuple.of(1, FIELDS.get(2)), Tuple.of(2, FIELDS.get(3)));
    }

    /** One scenario played out against a fresh platform. */
    private static final class Run {
        private final Scenario scenario;
        private final TestPlatform platform = new TestPlatform();
        private final List<TestDevice> devices = new ArrayList<>();
        private final List<Change> pushedChanges = new ArrayList<>();
        private final Map<RecordKey, Map<Long, Long>> baseRevOfRev = new HashMap<>();
        private int counter;
        private int keptForReview;

        Run(Scenario scenario) {
            this.scenario = scenario;
            for (int i = 0; i < scenario.clockOffsets().size(); i++) {
                String[] grids = i == 0 ? new String[] {HOME_GRID, OTHER_GRID} : new String[] {HOME_GRID};
                TestDevice device = new TestDevice(platform, "dev" + i, scenario.clockOffsets().get(i), SETTINGS,
                        grids);
                device.transport.judged = this::record;
                devices.add(device);
            }
        }

        void execute() {
            scenario.steps().forEach(this::play);
            for (int round = 0; round < 2; round++) {
                for (TestDevice device : devices) {
                    SyncOutcome outcome = device.sync();
                    assertTrue(outcome.completed(), () -> "final sync failed: " + outcome);
                }
            }
            assertEveryDeviceHoldsThePlatformState();
            assertNoPushedValueWasLost();
            assertValuesWereOverwrittenOnlyKnowinglyOrKeptInConflicts();
        }

        boolean replayed() {
            return devices.stream().anyMatch(device -> device.transport.pushes.stream()
                    .map(PushRequest::batchId).distinct().count() < device.transport.pushes.size());
        }

        private void play(Step step) {
            if (step instanceof Create create) {
                TestDevice device = device(create.device());
                device.set("resident", device.id + "-r" + (++counter), Map.of("name", value(device),
                        "grid", HOME_GRID));
            } else if (step instanceof Edit edit) {
                TestDevice device = device(edit.device());
                liveRecord(device, edit.pick()).ifPresent(key -> {
                    Map<String, Object> fields = new HashMap<>();
                    fields.put(edit.field(), edit.toNull() ? null : valueFor(edit.field(), device));
                    device.edits.set(key, fields);
                });
            } else if (step instanceof Delete delete) {
                TestDevice device = device(delete.device());
                liveRecord(device, delete.pick()).ifPresent(device.edits::delete);
            } else if (step instanceof Move move) {
                TestDevice office = devices.get(0);
                liveRecord(office, move.pick()).ifPresent(key -> {
                    boolean home = HOME_GRID.equals(office.view(key.type(), key.id()).fields().get("grid"));
                    office.edits.set(key, Map.of("grid", home ? OTHER_GRID : HOME_GRID));
                });
            } else if (step instanceof Sync sync) {
                sync(device(sync.device()), sync.interruption());
            } else if (step instanceof Tick tick) {
                platform.wallClock.addAndGet(tick.millis());
            }
        }

        private void sync(TestDevice device, Interruption interruption) {
            switch (interruption) {
                case LOSE_PUSH_ANSWER -> device.transport.pushAnswersToLose = 1;
                case CUT_PULL_AT_START -> device.transport.pullPagesBeforeCut = 0;
                case CUT_PULL_AFTER_ONE_PAGE -> device.transport.pullPagesBeforeCut = 1;
                case NONE -> { }
            }
            device.sync();
            device.transport.pushAnswersToLose = 0;
            device.transport.pullPagesBeforeCut = -1;
        }

        private void record(PushRequest request, PushResponse response) {
            Map<String, ChangeResult> results = new HashMap<>();
            response.results().forEach(result -> results.put(result.id(), result));
            for (Change change : request.changes()) {
                ChangeResult result = results.get(change.id());
                assertNotNull(result);
                pushedChanges.add(change);
                if ("rejected".equals(result.status())) {
                    assertEquals(ErrorCodes.KEPT_FOR_REVIEW, result.error().code(),
                            () -> "rejected: " + result.error());
                    keptForReview++;
                    continue; // nothing stored but conflict entries, which the checks below look in
                }
                baseRevOfRev.computeIfAbsent(new RecordKey(change.type(), change.id()), k -> new HashMap<>())
                        .putIfAbsent(result.rev(), change.baseRev());
            }
        }

        private void assertEveryDeviceHoldsThePlatformState() {
            for (TestDevice device : devices) {
                boolean office = device == devices.get(0);
                Set<RecordKey> serverKeys = new HashSet<>();
                platform.store.changesAfter(0, Integer.MAX_VALUE).stream().map(row -> row.record())
                        .filter(record -> office || HOME_GRID.equals(record.fields().get("grid")))
                        .forEach(record -> serverKeys.add(record.key()));
                assertTrue(device.store.outbox().isEmpty(), device.id + " still has pending edits");
                assertTrue(device.store.inFlightBatches().isEmpty());
                assertEquals(serverKeys, device.store.records(), device.id + " holds other records");
                for (RecordKey key : serverKeys) {
                    SyncRecord expected = platform.store.find(key).orElseThrow().toSyncRecord();
                    assertEquals(expected, device.store.localView(key).orElseThrow(), device.id + " differs on " + key);
                }
            }
        }

        private void assertNoPushedValueWasLost() {
            for (Change change : pushedChanges) {
                RecordKey key = new RecordKey(change.type(), change.id());
                List<ServerRecord> history = platform.store.history(key);
                change.set().forEach((field, value) -> {
                    Object normalized = FieldValues.normalize(value);
                    // an absent field reads as null, so writing null to it is no change
                    boolean inHistory = history.stream()
                            .anyMatch(version -> Objects.equals(version.fields().get(field), normalized));
                    boolean inConflict = conflictsOf(key, field).stream()
                            .anyMatch(conflict -> Objects.equals(conflict.mine(), normalized));
                    assertTrue(inHistory || inConflict, () -> "lost " + field + "=" + value + " of " + key);
                });
                if (change.delete()) {
                    boolean deletedOnce = history.stream().anyMatch(ServerRecord::deleted);
                    boolean inConflict = conflictsOf(key, SyncRecord.DELETED_FIELD).stream()
                            .anyMatch(conflict -> Boolean.TRUE.equals(conflict.mine()));
                    assertTrue(deletedOnce || inConflict, () -> "lost delete of " + key);
                }
            }
        }

        private void assertValuesWereOverwrittenOnlyKnowinglyOrKeptInConflicts() {
            for (RecordKey key : baseRevOfRev.keySet()) {
                List<ServerRecord> history = platform.store.history(key);
                for (int k = 1; k < history.size(); k++) {
                    ServerRecord before = history.get(k - 1);
                    ServerRecord after = history.get(k);
                    Long baseRev = baseRevOfRev.get(key).get(after.rev());
                    assertNotNull(baseRev, () -> "no recorded change produced " + key + " rev " + after.rev());
                    String writer = after.stamps().values().stream().filter(stamp -> stamp.rev() == after.rev())
                            .findFirst().orElseThrow().hlc().deviceId();
                    Set<String> fields = new HashSet<>(before.fields().keySet());
                    fields.addAll(after.fields().keySet());
                    for (String field : fields) {
                        Object old = before.fields().get(field);
                        Object now = after.fields().get(field);
                        FieldStamp oldStamp = before.stamps().get(field);
                        if (!Objects.equals(old, now) && oldStamp != null && oldStamp.rev() > baseRev
                                && !oldStamp.hlc().deviceId().equals(writer)) {
                            assertTrue(conflictsOf(key, field).stream().anyMatch(conflict ->
                                    Objects.equals(conflict.theirs(), old) && Objects.equals(conflict.mine(), now)),
                                    () -> "concurrent " + field + "=" + old + " of " + key + " overwritten silently");
                        }
                    }
                    if (before.deleted() && !after.deleted()) {
                        FieldStamp deletion = before.stamps().get(SyncRecord.DELETED_FIELD);
                        if (deletion.rev() > baseRev && !deletion.hlc().deviceId().equals(writer)) {
                            assertFalse(conflictsOf(key, SyncRecord.DELETED_FIELD).isEmpty(),
                                    () -> "concurrent delete of " + key + " undone silently");
                        }
                    }
                    if (!before.deleted() && after.deleted()) {
                        boolean concurrentEdit = before.stamps().entrySet().stream()
                                .filter(entry -> !SyncRecord.DELETED_FIELD.equals(entry.getKey()))
                                .anyMatch(entry -> entry.getValue().rev() > baseRev
                                        && !entry.getValue().hlc().deviceId().equals(writer));
                        assertFalse(concurrentEdit, () -> key + " deleted over a concurrent edit");
                    }
                }
            }
        }

        private List<Conflict> conflictsOf(RecordKey key, String field) {
            return platform.store.conflicts().stream()
                    .filter(stored -> stored.record().equals(key))
                    .map(StoredConflict::conflict)
                    .filter(conflict -> conflict.field().equals(field))
                    .toList();
        }

        private Optional<RecordKey> liveRecord(TestDevice device, int pick) {
            List<RecordKey> live = device.store.records().stream()
                    .filter(key -> device.store.localView(key).map(view -> !view.deleted()).orElse(false))
                    .sorted((x, y) -> x.id().compareTo(y.id()))
                    .toList();
            return live.isEmpty() ? Optional.empty() : Optional.of(live.get(pick % live.size()));
        }

        private Object valueFor(String field, TestDevice device) {
            int n = ++counter;
            return switch (field) {
                case "count" -> n;
                case "location" -> Map.of("lon", 106 + n / 1000.0, "lat", 29.5);
                default -> device.id + "-" + n;
            };
        }

        private String value(TestDevice device) {
            return device.id + "-" + (++counter);
        }

        private TestDevice device(int index) {
            return devices.get(index % devices.size());
        }
    }
}
