package org.griddesk.sync.clock;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A hybrid logical clock for one device: close to wall-clock time, yet never going backwards and always
 * after every time it has seen, so edits order correctly even when wall clocks disagree.
 */
public final class HybridLogicalClock {

    private final String deviceId;
    private final LongSupplier wallClock;
    private Hlc last;

    public HybridLogicalClock(String deviceId, LongSupplier wallClock) {
        this(deviceId, wallClock, null);
    }

    /** @param lastIssued the latest time this device issued before a restart (e.g. newest outbox entry), or null */
    public HybridLogicalClock(String deviceId, LongSupplier wallClock, Hlc lastIssued) {
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.last = lastIssued == null ? new Hlc(0, 0, deviceId) : new Hlc(lastIssued.millis(), lastIssued.counter(), deviceId);
    }

    public static HybridLogicalClock systemClock(String deviceId) {
        return new HybridLogicalClock(deviceId, System::currentTimeMillis);
    }

    public String deviceId() {
        return deviceId;
    }

    /** A new time for a local event or a message being sent. */
    public synchronized Hlc now() {
        long wall = wall();
        last = wall > last.millis() ? new Hlc(wall, 0, deviceId) : last.successor(deviceId);
        return last;
    }

    /** Catches up with a time received from elsewhere and returns a new local time after both. */
    public synchronized Hlc receive(Hlc remote) {
        long wall = wall();
        long newest = Math.max(wall, Math.max(last.millis(), remote.millis()));
        if (newest == wall && newest > last.millis() && newest > remote.millis()) {
            last = new Hlc(wall, 0, deviceId);
        } else {
            Hlc base = remote.millis() > last.millis()
                    || (remote.millis() == last.millis() && remote.counter() > last.counter()) ? remote : last;
            last = base.successor(deviceId);
        }
        return last;
    }

    public synchronized Hlc lastIssued() {
        return last;
    }

    private long wall() {
        return Math.min(Math.max(0, wallClock.getAsLong()), Hlc.MAX_MILLIS);
    }
}
