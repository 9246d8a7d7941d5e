package org.griddesk.desktop.service.sync;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused edit of a record that left the worker's scope stays on the laptop until the worker gives it up;
 * then the record goes too, because the laptop may no longer hold it (real encrypted Derby store).
 */
class DiscardLeftScopeTest {

    @TempDir
    Path devices;

    @Test
    void discardingTheRefusedEditsOfARecordThatLeftScopeLetsTheRecordGo() throws Exception {
        RecordKey resident = new RecordKey("resident", "0190f0f0-0000-7000-8000-000000000001");
        try (EncryptedDeviceSession laptop = SyncDevices.create(devices.resolve("a"))) {
            laptop.records().putBase(new SyncRecord(resident.type(), resident.id(),
                    Map.of("grid", "500101001002", "name", "李四"), 3, false));
            new LocalChanges(laptop.records(), laptop.clock()).set(resident, Map.of("name", "李四四"));
            laptop.records().atomically(() -> {
                laptop.records().setLeftScope(resident, true);
                laptop.records().setStatus(resident,
                        new RecordSyncStatus(SyncState.REJECTED, "out_of_scope: The record is outside your scope"));
            });
            SyncService sync = SyncServices.of(laptop, SyncDevices.QUICK);
            assertTrue(laptop.records().records().contains(resident), "kept while the edit is not given up");

            sync.discardRejected(resident);

            assertFalse(laptop.records().records().contains(resident));
            assertTrue(laptop.records().outbox().isEmpty());
            assertTrue(sync.troubled().isEmpty());
        }
    }
}
