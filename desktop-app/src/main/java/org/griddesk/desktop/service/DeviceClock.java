package org.griddesk.desktop.service;

import java.util.Optional;
import java.util.function.LongSupplier;

import org.griddesk.desktop.store.SettingsTable;
import org.griddesk.desktop.store.sync.DerbyDeviceStore;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.clock.HybridLogicalClock;

/**
 * The device's identity and hybrid logical clock. The device id is a UUIDv7 made once and kept in the settings.
 * The clock resumes after the newest time it ever issued: the newest outbox entry covers edits, the saved
 * setting covers times issued while receiving (which leave no outbox entry), so a restart never goes back.
 */
public final class DeviceClock {

    static final String DEVICE_ID = "device_id";
    static final String LAST_ISSUED = "hlc_last_issued";

    private final SettingsTable settings;
    private final HybridLogicalClock clock;

    private DeviceClock(SettingsTable settings, HybridLogicalClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public static DeviceClock resume(SettingsTable settings, DerbyDeviceStore store, LongSupplier wallClock) {
        String deviceId = settings.get(DEVICE_ID).orElseGet(() -> {
            String made = new UuidV7Generator().nextId();
            settings.put(DEVICE_ID, made);
            return made;
        });
        Optional<Hlc> saved = settings.get(LAST_ISSUED).map(Hlc::parse);
        Optional<Hlc> newestEdit = store.newestEditTime();
        Hlc last = later(saved.orElse(null), newestEdit.orElse(null));
        return new DeviceClock(settings, new HybridLogicalClock(deviceId, wallClock, last));
    }

    public HybridLogicalClock clock() {
        return clock;
    }

    /** Saves the newest issued time; called after every sync run and when the session closes. */
    public void remember() {
        Hlc last = clock.lastIssued();
        if (last.millis() > 0 || last.counter() > 0) {
            settings.put(LAST_ISSUED, last.toString());
        }
    }

    private static Hlc later(Hlc a, Hlc b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
