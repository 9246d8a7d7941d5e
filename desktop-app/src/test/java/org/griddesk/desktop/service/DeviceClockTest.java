package org.griddesk.desktop.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.griddesk.desktop.store.StoreFolder;
import org.griddesk.desktop.store.OpenStore;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.desktop.store.sync.DerbyDeviceStore;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.LocalChanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceClockTest {

    private static final char[] PASSPHRASE = "时钟-测试-passphrase-3".toCharArray();
    private static final long NOW = 1_760_000_000_000L;

    @TempDir
    Path dataDir;

    @Test
    void theDeviceIdIsAUuidV7MadeOnceAndKept() throws Exception {
        String first;
        try (OpenStore open = create()) {
            first = DeviceClock.resume(open.settings(), DerbyDeviceStore.on(open), () -> NOW).clock().deviceId();
            assertEquals(7, UUID.fromString(first).version());
        }
        try (OpenStore open = reopen()) {
            assertEquals(first, DeviceClock.resume(open.settings(), DerbyDeviceStore.on(open), () -> NOW)
                    .clock().deviceId());
        }
    }

    @Test
    void aRestartedClockWhoseWallClockWentBackStillIssuesLaterTimesThanItsLastEdit() throws Exception {
        Hlc lastEdit;
        try (OpenStore open = create()) {
            DerbyDeviceStore store = DerbyDeviceStore.on(open);
            DeviceClock clock = DeviceClock.resume(open.settings(), store, () -> NOW);
            new LocalChanges(store, clock.clock()).set(new RecordKey("issue", "i1"), Map.of("title", "路灯坏了"));
            lastEdit = store.outbox().get(0).hlc();
            // no remember(): as after a crash, only the outbox knows the newest time
        }
        try (OpenStore open = reopen()) {
            DeviceClock clock = DeviceClock.resume(open.settings(), DerbyDeviceStore.on(open), () -> NOW - 60_000);
            assertTrue(clock.clock().now().isAfter(lastEdit));
        }
    }

    @Test
    void timesIssuedWhileReceivingAreRememberedAcrossRestarts() throws Exception {
        Hlc received;
        try (OpenStore open = create()) {
            DeviceClock clock = DeviceClock.resume(open.settings(), DerbyDeviceStore.on(open), () -> NOW);
            received = clock.clock().receive(new Hlc(NOW + 3_600_000, 5, "platform"));
            clock.remember();
        }
        try (OpenStore open = reopen()) {
            DeviceClock clock = DeviceClock.resume(open.settings(), DerbyDeviceStore.on(open), () -> NOW);
            assertTrue(clock.clock().now().isAfter(received));
        }
    }

    private OpenStore create() throws Exception {
        return new StoreFolder(dataDir, StoreOptions.defaults().withIterations(1_000)).create(PASSPHRASE);
    }

    private OpenStore reopen() throws Exception {
        return new StoreFolder(dataDir, StoreOptions.defaults().withIterations(1_000)).open(PASSPHRASE);
    }
}
