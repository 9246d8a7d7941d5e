package org.griddesk.sync.merge;

import static org.griddesk.sync.record.SyncRecord.DELETED_FIELD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.junit.jupiter.api.Test;

class FieldMergerTest {

    private static final long T0 = 1_760_000_000_000L;
    private final FieldMerger merger = new FieldMerger();

    /** rev 3: name written at rev 1 by A, phone at rev 3 by B (after the device's base rev 2). */
    private final ServerRecord current = new ServerRecord("resident", "r1", 3,
            Map.of("name", "张三", "phone", "13800000002", "address", "一组"),
            false,
            Map.of("name", stamp(1, 10, "devA"), "address", stamp(1, 10, "devA"), "phone", stamp(3, 30, "devB")));
    private final BaseValues baseAtRev2 = field -> Map.of("name", "张三", "phone", "13800000001", "address", "一组")
            .get(field);

    @Test
    void rule1AppliesAFieldNobodyChangedSinceTheBase() {
        MergeOutcome outcome = merger.merge(current, change(3, Map.of("address", "二组"), 40, "devC"), baseAtRev2);
        assertEquals(ResultStatus.APPLIED, outcome.status());
        assertTrue(outcome.changed());
        assertEquals(4, outcome.record().rev());
        assertEquals("二组", outcome.record().fields().get("address"));
        assertEquals(4L, outcome.record().fieldRevs().get("address"));
        assertEquals(3L, outcome.record().fieldRevs().get("phone"));
        assertTrue(outcome.conflicts().isEmpty());
    }

    @Test
    void rule1OnARecordChangedElsewhereIsAMerge() {
        MergeOutcome outcome = merger.merge(current, change(2, Map.of("address", "二组"), 40, "devC"), baseAtRev2);
        assertEquals(ResultStatus.MERGED, outcome.status());
        assertEquals("13800000002", outcome.record().fields().get("phone"));
        assertEquals("二组", outcome.record().fields().get("address"));
        assertEquals(4, outcome.record().rev());
    }

    @Test
    void rule2TheSameValueAsTheConcurrentEditChangesNothing() {
        MergeOutcome outcome = merger.merge(current, change(2, Map.of("phone", "13800000002"), 40, "devC"), baseAtRev2);
        assertFalse(outcome.changed());
        assertEquals(3, outcome.record().rev());
        assertTrue(outcome.conflicts().isEmpty());
        assertEquals(ResultStatus.MERGED, outcome.status());
    }

    @Test
    void rule3TheLaterEditStaysAndTheOtherIsKeptInTheConflict() {
        MergeOutcome outcome = merger.merge(current, change(2, Map.of("phone", "13900000003"), 40, "devC"), baseAtRev2);
        assertEquals(ResultStatus.CONFLICT, outcome.status());
        assertEquals("13900000003", outcome.record().fields().get("phone"));
        assertEquals(4, outcome.record().rev());
        Conflict conflict = outcome.conflicts().get(0);
        assertEquals(new Conflict("phone", "13800000001", "13900000003", "13800000002", Conflict.Kept.MINE,
                "user-devC", "user-devB", hlc(40, "devC"), hlc(30, "devB")), conflict);
        assertEquals("13800000002", conflict.otherValue());
    }

    @Test
    void rule3AnOlderEditLosesButIsNotDiscarded() {
        MergeOutcome outcome = merger.merge(current, change(2, Map.of("phone", "13900000003"), 20, "devC"), baseAtRev2);
        assertEquals(ResultStatus.CONFLICT, outcome.status());
        assertEquals("13800000002", outcome.record().fields().get("phone"));
        assertFalse(outcome.changed());
        assertEquals(3, outcome.record().rev());
        Conflict conflict = outcome.conflicts().get(0);
        assertEquals(Conflict.Kept.THEIRS, conflict.kept());
        assertEquals("13900000003", conflict.mine());
    }

    @Test
    void aFieldSetToNullIsARealEdit() {
        Map<String, Object> set = new HashMap<>();
        set.put("address", null);
        MergeOutcome outcome = merger.merge(current, change(3, set, 40, "devC"), baseAtRev2);
        assertTrue(outcome.record().fields().containsKey("address"));
        assertNull(outcome.record().fields().get("address"));
        assertEquals(4, outcome.record().rev());
    }

    @Test
    void aDevicesOwnEarlierPushIsNotAConflictWithItsLaterEdit() {
        MergeOutcome outcome = merger.merge(current, change(2, Map.of("phone", "13900000009"), 40, "devB"), baseAtRev2);
        assertEquals(ResultStatus.MERGED, outcome.status());
        assertEquals("13900000009", outcome.record().fields().get("phone"));
    }

    @Test
    void aMovedLocationConflictsLikeAnyOtherValue() {
        ServerRecord issue = new ServerRecord("issue", "i1", 2, Map.of("location", Map.of("lon", 106.5, "lat", 29.5)),
                false, Map.of("location", stamp(2, 30, "devB")));
        IncomingChange moved = new IncomingChange("issue", "i1", 1, Map.of("location", Map.of("lon", 106.7, "lat", 29.6)),
                false, hlc(40, "devC"), "user-devC");
        MergeOutcome outcome = merger.merge(issue, moved, field -> Map.of("lon", 106, "lat", 29));
        assertEquals(ResultStatus.CONFLICT, outcome.status());
        Conflict conflict = outcome.conflicts().get(0);
        assertEquals(Map.of("lon", 106L, "lat", 29L), conflict.base());
        assertEquals(Map.of("lon", 106.5, "lat", 29.5), conflict.theirs());
        assertEquals(Map.of("lon", 106.7, "lat", 29.6), outcome.record().fields().get("location"));
    }

    @Test
    void theSameLocationWrittenWithDifferentNumberTypesIsNoConflict() {
        ServerRecord issue = new ServerRecord("issue", "i1", 2, Map.of("location", Map.of("lon", 106.0, "lat", 29.5)),
                false, Map.of("location", stamp(2, 30, "devB")));
        IncomingChange same = new IncomingChange("issue", "i1", 1, Map.of("location", Map.of("lat", 29.5, "lon", 106)),
                false, hlc(40, "devC"), "user-devC");
        MergeOutcome outcome = merger.merge(issue, same, BaseValues.UNKNOWN);
        assertTrue(outcome.conflicts().isEmpty());
        assertFalse(outcome.changed());
    }

    @Test
    void aDeleteAgainstAConcurrentEditIsAConflictAndTheRecordStays() {
        MergeOutcome outcome = merger.merge(current, delete(2, 50, "devC"), baseAtRev2);
        assertEquals(ResultStatus.CONFLICT, outcome.status());
        assertFalse(outcome.record().deleted());
        assertFalse(outcome.changed());
        Conflict conflict = outcome.conflicts().get(0);
        assertEquals(DELETED_FIELD, conflict.field());
        assertEquals(Boolean.TRUE, conflict.mine());
        assertEquals(Conflict.Kept.THEIRS, conflict.kept());
        assertEquals("user-devB", conflict.theirsAuthor());
    }

    @Test
    void aDeleteOfAnUnchangedRecordDeletesItAndKeepsItsFields() {
        MergeOutcome outcome = merger.merge(current, delete(3, 50, "devC"), baseAtRev2);
        assertEquals(ResultStatus.APPLIED, outcome.status());
        assertTrue(outcome.record().deleted());
        assertEquals(4, outcome.record().rev());
        assertEquals("张三", outcome.record().fields().get("name"));
    }

    @Test
    void anEditAgainstAConcurrentDeleteBringsTheRecordBackWithAConflict() {
        ServerRecord deleted = merger.merge(current, delete(3, 50, "devC"), baseAtRev2).record();
        MergeOutcome outcome = merger.merge(deleted, change(3, Map.of("address", "三组"), 45, "devD"), baseAtRev2);
        assertEquals(ResultStatus.CONFLICT, outcome.status());
        assertFalse(outcome.record().deleted());
        assertEquals("三组", outcome.record().fields().get("address"));
        Conflict conflict = outcome.conflicts().get(0);
        assertEquals(DELETED_FIELD, conflict.field());
        assertEquals(Boolean.TRUE, conflict.theirs());
        assertEquals(Conflict.Kept.MINE, conflict.kept());
    }

    @Test
    void aChangeForAnUnknownRecordCreatesIt() {
        MergeOutcome outcome = merger.merge(null,
                new IncomingChange("household", "h1", 0, Map.of("address", "一号"), false, hlc(5, "devA"), "user-devA"),
                BaseValues.UNKNOWN);
        assertEquals(ResultStatus.APPLIED, outcome.status());
        assertEquals(1, outcome.record().rev());
        assertEquals(Map.of("address", 1L), outcome.record().fieldRevs());
    }

    @Test
    void rebaseLaysPendingEditsOverThePulledRecordInOrder() {
        SyncRecord pulled = new SyncRecord("resident", "r1", Map.of("name", "张三", "phone", "1"), 5, false);
        SyncRecord view = merger.rebase(pulled, pulled.key(),
                List.of(new PendingEdit("phone", "2"), new PendingEdit("tags", List.of("独居")),
                        new PendingEdit("phone", "3")));
        assertEquals(new SyncRecord("resident", "r1", Map.of("name", "张三", "phone", "3", "tags", List.of("独居")),
                5, false), view);
    }

    @Test
    void rebaseWithAPendingDeleteShowsTheRecordDeleted() {
        RecordKey key = new RecordKey("resident", "r9");
        SyncRecord view = merger.rebase(null, key,
                List.of(new PendingEdit("name", "李四"), new PendingEdit(DELETED_FIELD, true)));
        assertTrue(view.deleted());
        assertEquals(0, view.rev());
        assertEquals("李四", view.field("name"));
    }

    private static IncomingChange change(long baseRev, Map<String, Object> set, long at, String device) {
        return new IncomingChange("resident", "r1", baseRev, set, false, hlc(at, device), "user-" + device);
    }

    private static IncomingChange delete(long baseRev, long at, String device) {
        return new IncomingChange("resident", "r1", baseRev, Map.of(), true, hlc(at, device), "user-" + device);
    }

    private static FieldStamp stamp(long rev, long at, String device) {
        return new FieldStamp(rev, hlc(at, device), "user-" + device);
    }

    private static Hlc hlc(long at, String device) {
        return new Hlc(T0 + at, 0, device);
    }
}
