package org.griddesk.desktop.store;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Derby's file lock only keeps other processes out: inside one JVM a second boot silently shares the running
 * database. This JVM-wide claim list (Derby itself is JVM-wide) makes a second open fail the same way.
 */
final class OpenDatabases {

    private static final Set<Path> CLAIMED = ConcurrentHashMap.newKeySet();

    private OpenDatabases() {
    }

    static boolean claim(Path directory) {
        return CLAIMED.add(directory.toAbsolutePath().normalize());
    }

    static void release(Path directory) {
        CLAIMED.remove(directory.toAbsolutePath().normalize());
    }
}
