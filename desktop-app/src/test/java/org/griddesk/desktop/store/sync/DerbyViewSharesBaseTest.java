package org.griddesk.desktop.store.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.store.StoreFolder;
import org.griddesk.desktop.store.OpenStore;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.RebasedRecord;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pulled view equal to its base is stored once (V3); every read of views and bases still sees both. States of
 * records not synced live in a table of their own (V4), and a store of the V2 schema upgrades with them.
 */
class DerbyViewSharesBaseTest {

    private static final String GRID = "500101001001";

    @TempDir
    Path dataDir;

    @Test
    void aPulledViewIsItsBaseAndALocalEditMakesItDiffer() throws Exception {
        try (OpenStore open = SyncStoreFixtures.createStore(dataDir)) {
            DerbyDeviceStore store = DerbyDeviceStore.on(open);
            SyncRecord base = household("h1", "幸福村1组1号", 3);
            store.putRebased(List.of(new RebasedRecord(base, base, null)));

            assertEquals(Optional.of(base), store.localView(base.key()));
            assertEquals(Optional.of(base), store.base(base.key()));
            assertEquals(List.of(base), store.localViews("household"));
            assertNull(storedViewText(open, base.key()), "the view's JSON is not written a second time");
            assertEquals(Map.of(base.key(), GRID), store.fieldOfEach("grid"));

            SyncRecord edited = base.withField("address", "幸福村1组2号");
            store.putLocalView(edited);

            assertEquals(Optional.of(edited), store.localView(base.key()));
            assertEquals(Optional.of(base), store.base(base.key()));
            assertEquals(List.of(edited), store.localViews("household"));
            store.putLocalView(edited.withField("grid", "500101001002"));
            assertEquals(Map.of(base.key(), "500101001002"), store.fieldOfEach("grid"));
        }
    }

    @Test
    void aNewBaseLeavesAViewThatSharedTheOldOneAsItWas() throws Exception {
        try (OpenStore open = SyncStoreFixtures.createStore(dataDir)) {
            DerbyDeviceStore store = DerbyDeviceStore.on(open);
            SyncRecord base = household("h1", "幸福村1组1号", 3);
            store.putRebased(List.of(new RebasedRecord(base, base, null)));

            SyncRecord newer = household("h1", "幸福村9组9号", 4);
            store.putBase(newer);

            assertEquals(Optional.of(newer), store.base(base.key()));
            assertEquals(Optional.of(base), store.localView(base.key()));
        }
    }

    @Test
    void aRebasedViewWithPendingEditsKeepsItsOwnFields() throws Exception {
        try (OpenStore open = SyncStoreFixtures.createStore(dataDir)) {
            DerbyDeviceStore store = DerbyDeviceStore.on(open);
            SyncRecord base = household("h1", "幸福村1组1号", 3);
            store.putRebased(List.of(new RebasedRecord(base, base, null)));
            SyncRecord newBase = household("h1", "幸福村1组1号", 4).withField("householdType", "2");
            SyncRecord view = newBase.withField("address", "幸福村1组2号");

            store.putRebased(List.of(new RebasedRecord(newBase, view, null)));

            assertEquals(Optional.of(view), store.localView(base.key()));
            assertEquals(Optional.of(newBase), store.base(base.key()));

            store.putRebased(List.of(new RebasedRecord(newBase, newBase, null)));
            assertEquals(Optional.of(newBase), store.localView(base.key()));
            assertNull(storedViewText(open, base.key()));
        }
    }

    @Test
    void aStoreOfThePreviousSchemaUpgradesAndKeepsItsRecords() throws Exception {
        StoreOptions previousSchema = StoreOptions.defaults().withIterations(1_000)
                .withMigrationLocations(List.of("classpath:db/device-v2"));
        SyncRecord base = household("h1", "幸福村1组1号", 3);
        SyncRecord view = base.withField("address", "幸福村1组2号");
        SyncRecord localOnly = household("h2", "幸福村2组1号", 0);
        SyncRecord refused = household("h3", "幸福村3组1号", 2);
        RecordKey stateOnly = new RecordKey("resident", "r-9");
        try (OpenStore old = new StoreFolder(dataDir, previousSchema).create(SyncStoreFixtures.PASSPHRASE)) {
            assertEquals("2", old.schemaVersion());
            try (Connection c = old.connect()) {
                insertOldRow(c, base, view, "synced", null);
                insertOldRow(c, null, localOnly, "pending", null);
                insertOldRow(c, refused, refused, "rejected", "invalid_field: phone");
                insertStateOnlyRow(c, stateOnly);
            }
        }

        try (OpenStore open = SyncStoreFixtures.openStore(dataDir)) {
            assertEquals("8", open.schemaVersion());
            DerbyDeviceStore store = DerbyDeviceStore.on(open);
            assertEquals(Optional.of(base), store.base(base.key()));
            assertEquals(Optional.of(view), store.localView(base.key()));
            assertEquals(Optional.empty(), store.base(localOnly.key()));
            assertEquals(Optional.of(localOnly), store.localView(localOnly.key()));
            assertEquals(List.of(view, localOnly, refused), store.localViews("household"));
            assertEquals(RecordSyncStatus.SYNCED, store.status(base.key()));
            assertEquals(RecordSyncStatus.PENDING, store.status(localOnly.key()));
            assertEquals(new RecordSyncStatus(SyncState.REJECTED, "invalid_field: phone"), store.status(refused.key()));
            assertEquals(SyncState.CONFLICT, store.status(stateOnly).state(), "V4 keeps a state that had no record");
            assertEquals(List.of("h2", "h3"), List.copyOf(store.unsyncedStatuses("household").keySet()));
            assertEquals(List.of(refused.key(), stateOnly),
                    store.troubled().stream().map(TroubledRecord::key).toList());
            assertFalse(store.records().contains(stateOnly), "nothing but the state was left of it");

            store.putRebased(List.of(new RebasedRecord(household("h1", "幸福村3组1号", 4),
                    household("h1", "幸福村3组1号", 4), null)));
            assertEquals(Optional.of(household("h1", "幸福村3组1号", 4)), store.localView(base.key()));
            assertFalse(store.records().isEmpty());
            assertTrue(store.records().contains(localOnly.key()));
        }
    }

    /** A row as the V2 code wrote it: the view always in its own column, the state in the row. */
    private static void insertOldRow(Connection c, SyncRecord base, SyncRecord view, String state, String reason)
            throws Exception {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO records (type, id, fields, rev, deleted, base, "
                + "base_rev, base_deleted, updated_at, sync_state, sync_reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, view.type());
            insert.setString(2, view.id());
            insert.setString(3, JsonColumns.write(view.fields()));
            insert.setLong(4, view.rev());
            insert.setBoolean(5, view.deleted());
            insert.setString(6, base == null ? null : JsonColumns.write(base.fields()));
            insert.setObject(7, base == null ? null : base.rev());
            insert.setObject(8, base == null ? null : base.deleted());
            insert.setTimestamp(9, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
            insert.setString(10, state);
            insert.setString(11, reason);
            insert.executeUpdate();
        }
    }

    /** V2 kept a state of a record it held nothing else of in a row of its own. */
    private static void insertStateOnlyRow(Connection c, RecordKey key) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO records (type, id, updated_at, sync_state, "
                + "sync_reason) VALUES (?, ?, ?, 'conflict', 'name')")) {
            insert.setString(1, key.type());
            insert.setString(2, key.id());
            insert.setTimestamp(3, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
            insert.executeUpdate();
        }
    }

    private static String storedViewText(OpenStore open, RecordKey key) throws Exception {
        try (Connection c = open.connect();
             PreparedStatement q = c.prepareStatement("SELECT fields FROM records WHERE type = ? AND id = ?")) {
            q.setString(1, key.type());
            q.setString(2, key.id());
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    private static SyncRecord household(String id, String address, long rev) {
        return new SyncRecord("household", id, Map.of("grid", GRID, "address", address, "householdType", "1"), rev,
                false);
    }
}
