package org.griddesk.desktop.service.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.griddesk.desktop.service.BackgroundThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional automatic sync (off by default): when the platform probe sees the platform come online, one sync
 * runs in the background. Watching for the change, not for "online", keeps it from syncing on every tick.
 */
public final class AutoSync implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(AutoSync.class);

    private final BooleanSupplier online;
    private final BooleanSupplier enabled;
    private final Consumer<BooleanSupplier> sync;
    private final Duration interval;
    private volatile boolean closing;
    private boolean wasOnline;
    private ScheduledExecutorService scheduler;

    /** {@code sync} runs one sync and stops early when the supplier it is given says the session is closing. */
    public AutoSync(BooleanSupplier online, BooleanSupplier enabled, Consumer<BooleanSupplier> sync,
            Duration interval) {
        this.online = online;
        this.enabled = enabled;
        this.sync = sync;
        this.interval = interval;
    }

    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "auto-sync");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** One look at the probe; syncs when the platform just came online and automatic sync is on. */
    void check() {
        boolean now = online.getAsBoolean();
        boolean cameOnline = now && !wasOnline;
        wasOnline = now;
        if (cameOnline && !closing && enabled.getAsBoolean()) {
            try {
                sync.accept(() -> closing);
            } catch (RuntimeException e) {
                // The next time the platform comes online is another chance; the sync log has the details.
                LOG.warn("Automatic sync failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    /** Asks a running sync to stop at its next safe point and returns once it has. */
    @Override
    public void close() {
        closing = true;
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = scheduler;
            scheduler = null;
        }
        if (stopping != null) {
            BackgroundThreads.stop(stopping, "automatic sync");
        }
    }
}
