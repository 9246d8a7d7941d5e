package org.griddesk.platform.store.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a running postmaster writes into {@code postmaster.pid}: its process id on line 1, its port on
 * line 4 and its status on line 8. A file left behind by a killed server names a dead process.
 */
public record PostmasterPidFile(long pid, int port, String status) {

    public static Optional<PostmasterPidFile> read(Path dataDirectory) {
        Path file = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            String status = lines.size() >= 8 ? lines.get(7).trim() : "";
            return Optional.of(new PostmasterPidFile(Long.parseLong(lines.get(0).trim()),
                    Integer.parseInt(lines.get(3).trim()), status));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Whether the named process runs and is a postgres: after a reboot the id in a stale file may
     * belong to an unrelated process, which must never be signalled.
     */
    public boolean processAlive() {
        return ProcessHandle.of(pid)
                .filter(handle -> ProcessLiveness.running(handle.pid()))
                .flatMap(handle -> handle.info().command())
                .map(command -> command.endsWith("/postgres"))
                .orElse(false);
    }

    public boolean ready() {
        return processAlive() && "ready".equals(status);
    }
}
