package org.griddesk.platform.store.postgres;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster found running on the data folder at start-up. If the process that started it is gone
 * (a service killed with SIGKILL), it is stopped so a fresh start can follow. If a short command
 * still holds it, we wait for that command to finish; a second live service is refused.
 */
final class LeftoverServer {
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverServer.class);
    private static final long WAIT_FOR_COMMAND_SECONDS = 30;

    private final PostgresLayout layout;
    private final PostmasterPidFile postmaster;

    LeftoverServer(PostgresLayout layout, PostmasterPidFile postmaster) {
        this.layout = layout;
        this.postmaster = postmaster;
    }

    void stopIfAbandoned() {
        Optional<Long> owner = layout.owner();
        // a zombie owner is a platform killed a moment ago whose parent has not reaped it yet: dead
        boolean ownerAlive = owner.map(ProcessLiveness::running).orElse(false);
        if (ownerAlive && awaitExit(WAIT_FOR_COMMAND_SECONDS)) {
            return;
        }
        if (ownerAlive) {
            throw new IllegalStateException("The PostgreSQL server in " + layout.folder()
                    + " is in use by process " + owner.get() + "; is another platform serving this folder?");
        }
        LOG.warn("Stopping a PostgreSQL server (pid {}) left behind by a previous run", postmaster.pid());
        FastShutdown.request(postmaster.pid());
        if (!awaitExit(60)) {
            throw new IllegalStateException("The leftover PostgreSQL server (pid " + postmaster.pid()
                    + ") did not stop");
        }
        layout.clearOwner();
    }

    private boolean awaitExit(long seconds) {
        Optional<ProcessHandle> handle = ProcessHandle.of(postmaster.pid());
        if (handle.isEmpty()) {
            return true;
        }
        try {
            handle.get().onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException e) {
            return !handle.get().isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
