package org.griddesk.sync.server;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.griddesk.sync.clock.ClockSkewClamp;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.store.InMemoryServerStore;

/** An in-memory platform for tests: grid scopes on the {@code grid} field, a settable wall clock. */
public final class TestPlatform {

    public static final long START = 1_760_000_000_000L;

    public final AtomicLong wallClock = new AtomicLong(START);
    public final InMemoryServerStore store = new InMemoryServerStore();
    public final SyncServerCore core;

    public TestPlatform() {
        this(ChangeValidator.ACCEPT_ALL);
    }

    public TestPlatform(ChangeValidator validator) {
        ClockSkewClamp clamp = new ClockSkewClamp(new HybridLogicalClock("platform", wallClock::get),
                wallClock::get, Duration.ofMinutes(5));
        core = SyncServerCore.create(store, clamp, TestPlatform::gridScope, validator);
    }

    /** A caller without scopes sees everything; otherwise records whose grid is one of its scopes. */
    static boolean gridScope(Caller caller, ServerRecord record) {
        return caller.scopes().isEmpty() || caller.scopes().contains(String.valueOf(record.fields().get("grid")));
    }

    public static Caller worker(String deviceId, String... grids) {
        return new Caller(deviceId, "user-" + deviceId, Set.of(grids));
    }

    public LocalTransport transportFor(Caller caller) {
        return new LocalTransport(core, caller);
    }
}
