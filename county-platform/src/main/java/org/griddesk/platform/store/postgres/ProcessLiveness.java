package org.griddesk.platform.store.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a process still runs. A process killed with SIGKILL stays a zombie until its parent reaps it, and
 * {@link ProcessHandle#isAlive} counts a zombie as alive: right after a {@code kill -9} the dead platform
 * would look like a live owner of its PostgreSQL and block its own restart. Linux says in
 * {@code /proc/PID/stat} whether a process is a zombie; elsewhere the handle is all there is.
 */
final class ProcessLiveness {
    private ProcessLiveness() {
    }

    static boolean running(long pid) {
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive && !deadButNotReaped(pid);
    }

    /** State Z (zombie) or X (dead) in the third field of /proc/PID/stat, after the parenthesised name. */
    static boolean deadButNotReaped(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int nameEnd = stat.lastIndexOf(')');
            if (nameEnd < 0 || nameEnd + 2 >= stat.length()) {
                return false;
            }
            char state = stat.charAt(nameEnd + 2);
            return state == 'Z' || state == 'X';
        } catch (IOException | RuntimeException noProcFileSystem) {
            return false;
        }
    }
}
