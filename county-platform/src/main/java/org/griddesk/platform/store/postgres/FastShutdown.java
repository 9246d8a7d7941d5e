package org.griddesk.platform.store.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * SIGINT asks a postmaster for a fast shutdown: sessions are rolled back and data is flushed. Java
 * can only send SIGTERM (a "smart" shutdown that waits for every client), hence the kill command.
 */
final class FastShutdown {
    private FastShutdown() {
    }

    static void request(long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
            kill.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot signal PostgreSQL process " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
