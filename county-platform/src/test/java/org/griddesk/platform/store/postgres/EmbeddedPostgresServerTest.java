package org.griddesk.platform.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service that died without stopping its PostgreSQL must not keep the next one from starting. */
class EmbeddedPostgresServerTest {
    @TempDir
    Path folder;

    private final Path cache = PostgresBinaries.defaultCacheRoot();

    @Test
    void serverLeftByADeadServiceIsStoppedAndReplaced() throws Exception {
        EmbeddedPostgresServer abandoned = EmbeddedPostgresServer.startExclusive(folder, cache);
        abandoned.abandon();
        long abandonedPid = PostmasterPidFile.read(folder.resolve("pgdata")).orElseThrow().pid();
        Files.writeString(folder.resolve("postgres.owner"), Long.toString(deadPid()));

        try (EmbeddedPostgresServer next = EmbeddedPostgresServer.startExclusive(folder, cache)) {
            assertFalse(ProcessHandle.of(abandonedPid).map(ProcessHandle::isAlive).orElse(false));
            assertNotEquals(abandoned.port(), next.port());
            assertEquals(1, selectOne(next));
        } finally {
            abandoned.close();
        }
    }

    @Test
    void aServiceKilledAMomentAgoStillAZombieDoesNotBlockTheRestart() throws Exception {
        EmbeddedPostgresServer abandoned = EmbeddedPostgresServer.startExclusive(folder, cache);
        abandoned.abandon();
        // sh starts a child, then becomes sleep, which never reaps it: once the child ends it stays a zombie, like
        // a platform killed with SIGKILL whose service manager has not collected it yet. The child outlives the
        // exec, so sh itself never reaps it.
        Process parent = new ProcessBuilder("sh", "-c", "sleep 3 & echo $!; exec sleep 300").start();
        try {
            long zombie = Long.parseLong(new BufferedReader(new InputStreamReader(parent.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine().trim());
            awaitZombie(zombie);
            assertTrue(ProcessHandle.of(zombie).map(ProcessHandle::isAlive).orElse(false),
                    "the JDK counts a zombie as alive, which is why the owner check looks at its state");
            Files.writeString(folder.resolve("postgres.owner"), Long.toString(zombie));

            try (EmbeddedPostgresServer next = EmbeddedPostgresServer.startExclusive(folder, cache)) {
                assertEquals(1, selectOne(next));
            }
        } finally {
            parent.destroyForcibly().waitFor();
            abandoned.close();
        }
    }

    private static void awaitZombie(long pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!ProcessLiveness.deadButNotReaped(pid)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("process " + pid + " never became a zombie");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void killedPostmasterLeavesNoObstacleAndKeepsCommittedData() throws Exception {
        try (EmbeddedPostgresServer crashed = EmbeddedPostgresServer.startExclusive(folder, cache)) {
            execute(crashed, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
            crashed.abandon(); // the platform dies with its database: nobody restarts it
            long pid = PostmasterPidFile.read(folder.resolve("pgdata")).orElseThrow().pid();
            new ProcessBuilder("kill", "-KILL", Long.toString(pid)).start().waitFor();
            ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().join());
            assertTrue(Files.exists(folder.resolve("pgdata/postmaster.pid")), "a stale pid file stays behind");
        }

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.startExclusive(folder, cache)) {
            try (Connection connection = connect(restarted);
                 var rows = connection.createStatement().executeQuery("SELECT id FROM kept")) {
                assertTrue(rows.next());
                assertEquals(42, rows.getInt(1));
            }
        }
        assertFalse(PostmasterPidFile.read(folder.resolve("pgdata")).isPresent(), "a clean stop removes the pid file");
    }

    @Test
    void commandAttachesToARunningServerAndLeavesItRunning() throws Exception {
        try (EmbeddedPostgresServer service = EmbeddedPostgresServer.startExclusive(folder, cache)) {
            try (EmbeddedPostgresServer command = EmbeddedPostgresServer.attachOrStart(folder, cache)) {
                assertFalse(command.ownsProcess());
                assertEquals(service.port(), command.port());
            }
            assertEquals(1, selectOne(service));
            assertThrows(SQLException.class, () -> DriverManager.getConnection(service.jdbcUrl(),
                    EmbeddedPostgresServer.SUPERUSER, "guess"), "local users must not get in without the password");
        }
    }

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor(10, TimeUnit.SECONDS);
        return process.pid();
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER, server.password());
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server)) {
            connection.createStatement().execute(sql);
        }
    }

    private static int selectOne(EmbeddedPostgresServer server) throws SQLException {
        try (Connection connection = connect(server);
             var rows = connection.createStatement().executeQuery("SELECT 1")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
