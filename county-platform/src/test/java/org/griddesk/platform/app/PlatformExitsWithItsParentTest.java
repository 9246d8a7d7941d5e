package org.griddesk.platform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop's demo runs {@code serve --exit-with ITS_PID}: killed outright (SIGKILL, a crash, a power button), it
 * runs no shutdown hook, and the platform and its PostgreSQL must not live on beside the next demo.
 */
class PlatformExitsWithItsParentTest {

    @Test
    void servingStopsInOrderWhenTheFollowedProcessIsKilled(@TempDir Path data) throws Exception {
        Process parent = new ProcessBuilder("sleep", "600").start();
        try (PlatformProcess platform = PlatformProcess.start(List.of("--data", data.toString(), "--exit-with",
                Long.toString(parent.pid())))) {
            platform.port();
            long postgres = Long.parseLong(Files.readAllLines(data.resolve("pgdata").resolve("postmaster.pid"),
                    StandardCharsets.UTF_8).get(0).trim());
            assertEquals(Optional.empty(), platform.awaitExit(1), "serving while the followed process lives");

            parent.destroyForcibly();
            parent.waitFor();

            assertEquals(Optional.of(0), platform.awaitExit(60), platform.output());
            assertTrue(platform.output().contains("Stopped PostgreSQL"), platform.output());
            assertFalse(ProcessHandle.of(postgres).map(ProcessHandle::isAlive).orElse(false),
                    "its PostgreSQL stopped with it");
        } finally {
            parent.destroyForcibly();
        }
    }

    @Test
    void aProcessThatIsNotRunningIsRefusedBeforeAnythingStarts(@TempDir Path data) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        try (PlatformProcess platform = PlatformProcess.start(List.of("--data", data.toString(), "--exit-with",
                Long.toString(gone.pid())))) {
            Optional<Integer> exit = platform.awaitExit(60);
            assertTrue(exit.isPresent() && exit.get() != 0, platform.output());
            assertTrue(platform.output().contains("--exit-with: no process " + gone.pid() + " is running"),
                    platform.output());
            assertFalse(Files.exists(data.resolve("pgdata")), "no database was started for it");
        }
    }
}
