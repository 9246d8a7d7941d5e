package org.griddesk.desktop.app.demo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a child process and everything it started, and returns only once they have all exited. */
public final class ProcessTrees {

    private ProcessTrees() {
    }

    /**
     * SIGTERM first (the platform then stops its embedded database), SIGKILL after {@code patience}. The embedded
     * PostgreSQL writes into the data folder until it has exited, so its exit is awaited too: a caller that deletes
     * or reuses the folder would otherwise race its last writes.
     */
    public static void stop(Process process, Duration patience) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : children) {
            awaitExit(child, patience);
        }
    }

    private static void awaitExit(ProcessHandle child, Duration patience) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            child.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            child.destroyForcibly();
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
