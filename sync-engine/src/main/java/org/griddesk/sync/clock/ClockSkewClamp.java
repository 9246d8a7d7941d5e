package org.griddesk.sync.clock;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Platform-side guard: a device whose clock runs days ahead would otherwise win every conflict. Times
 * further in the future than the allowed skew are replaced by the platform's own clock; the device id
 * is kept so the author of the edit stays visible.
 */
public final class ClockSkewClamp {

    private final HybridLogicalClock platformClock;
    private final LongSupplier wallClock;
    private final long maxSkewMillis;

    public ClockSkewClamp(HybridLogicalClock platformClock, LongSupplier wallClock, Duration maxSkew) {
        this.platformClock = Objects.requireNonNull(platformClock, "platformClock");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.maxSkewMillis = maxSkew.toMillis();
        if (maxSkewMillis < 0) {
            throw new IllegalArgumentException("negative skew");
        }
    }

    public static ClockSkewClamp fiveMinutes(String platformId, LongSupplier wallClock) {
        return new ClockSkewClamp(new HybridLogicalClock(platformId, wallClock), wallClock, Duration.ofMinutes(5));
    }

    /** The time the platform records for an incoming edit. */
    public Hlc admit(Hlc incoming) {
        if (incoming.millis() - wallClock.getAsLong() > maxSkewMillis) {
            Hlc platformNow = platformClock.now();
            return new Hlc(platformNow.millis(), platformNow.counter(), incoming.deviceId());
        }
        platformClock.receive(incoming);
        return incoming;
    }

    public boolean isTooFarAhead(Hlc incoming) {
        return incoming.millis() - wallClock.getAsLong() > maxSkewMillis;
    }
}
