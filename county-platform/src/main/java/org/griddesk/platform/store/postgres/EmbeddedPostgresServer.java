package org.griddesk.platform.store.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server whose data lives in {@code DIR/pgdata} and survives restarts. Either this
 * process starts (and later stops) the server, or it attaches to one already running on the folder.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    public static final String APPLICATION_DATABASE = "griddesk";
    public static final String SUPERUSER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final int START_ATTEMPTS = 5;

    private static final long RESTART_PAUSE_MILLIS = 1000;

    private final PostgresLayout layout;
    private final int port;
    private final boolean owned;
    private final Object lifecycle = new Object();
    /** Guarded by {@link #lifecycle}; replaced when the watchdog restarts a postmaster that died. */
    private PostgresProcess ownedProcess;
    private boolean closed;
    private boolean watching = true;
    private volatile boolean accepting = true;
    private Thread watchdog;

    private EmbeddedPostgresServer(PostgresLayout layout, int port, PostgresProcess ownedProcess) {
        this.layout = layout;
        this.port = port;
        this.owned = ownedProcess != null;
        this.ownedProcess = ownedProcess;
    }

    /**
     * For a long-running service: starts its own server. A server left over by a killed service is
     * stopped first; a server in use by another live process is an error.
     */
    public static EmbeddedPostgresServer startExclusive(Path dataFolder, Path binaryCache) {
        PostgresLayout layout = PostgresLayout.prepare(dataFolder, binaryCache);
        Optional<PostmasterPidFile> running = PostmasterPidFile.read(layout.pgdata());
        if (running.isPresent() && running.get().processAlive()) {
            new LeftoverServer(layout, running.get()).stopIfAbandoned();
        }
        return startOwned(layout);
    }

    /** For a short command: uses the server a running service already has, or starts one briefly. */
    public static EmbeddedPostgresServer attachOrStart(Path dataFolder, Path binaryCache) {
        PostgresLayout layout = PostgresLayout.prepare(dataFolder, binaryCache);
        Optional<PostmasterPidFile> running = PostmasterPidFile.read(layout.pgdata());
        if (running.isPresent() && running.get().ready()) {
            LOG.info("Using the PostgreSQL server already running on port {}", running.get().port());
            return new EmbeddedPostgresServer(layout, running.get().port(), null);
        }
        return startOwned(layout);
    }

    private static EmbeddedPostgresServer startOwned(PostgresLayout layout) {
        // Claimed before the server starts, so a service starting meanwhile never takes it for abandoned.
        layout.writeOwner(ProcessHandle.current().pid());
        for (int attempt = 1; ; attempt++) {
            PostgresProcess process = PostgresProcess.start(layout);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(layout, process.port(), process);
            try {
                server.awaitConnections(process);
                server.createApplicationDatabase();
                server.startWatchdog();
                return server;
            } catch (ExitedDuringStartup e) {
                // After a crash, backends of the dead postmaster hold its shared memory for a moment.
                if (attempt == START_ATTEMPTS) {
                    layout.clearOwner();
                    throw new IllegalStateException(e.getMessage(), e);
                }
                LOG.warn("PostgreSQL exited during start-up (attempt {} of {}); retrying", attempt, START_ATTEMPTS);
                pause(1000);
            } catch (RuntimeException e) {
                process.stop();
                layout.clearOwner();
                throw e;
            }
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return jdbcUrl(APPLICATION_DATABASE);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String password() {
        return layout.superuserPassword();
    }

    public boolean ownsProcess() {
        return owned;
    }

    /**
     * False while a postmaster this process owns is down and being restarted: requests are answered
     * {@code unavailable} at once instead of waiting for a connection that cannot come.
     */
    public boolean accepting() {
        return accepting;
    }

    /**
     * A postmaster killed under a running platform (by an operator, the OOM killer, a crash) is started again on
     * the same port and data folder, as often as it takes; committed data survives, as after any crash.
     */
    private void startWatchdog() {
        watchdog = new Thread(this::watch, "postgres-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void watch() {
        try {
            while (true) {
                PostgresProcess watched;
                synchronized (lifecycle) {
                    if (closed || !watching) {
                        return;
                    }
                    watched = ownedProcess;
                }
                watched.awaitExit();
                synchronized (lifecycle) {
                    if (closed || !watching) {
                        return;
                    }
                    accepting = false;
                    if (!layout.owner().equals(Optional.of(ProcessHandle.current().pid()))) {
                        // another service took the folder over (this one was given up for dead): its server now
                        LOG.warn("PostgreSQL (pid {}) stopped and the data folder has another owner; not restarting",
                                watched.pid());
                        return;
                    }
                    LOG.error("PostgreSQL (pid {}) stopped unexpectedly; starting it again on port {}", watched.pid(),
                            port);
                }
                restartUntilAccepting();
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void restartUntilAccepting() throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            synchronized (lifecycle) {
                if (closed || !watching) {
                    return;
                }
                PostgresProcess process = PostgresProcess.start(layout, port);
                ownedProcess = process;
                try {
                    awaitConnections(process);
                    accepting = true;
                    LOG.info("PostgreSQL accepts connections again on port {}", port);
                    return;
                } catch (RuntimeException e) {
                    // after a kill, the dead postmaster's backends hold its shared memory for a moment
                    LOG.warn("PostgreSQL did not start again (attempt {}): {}", attempt, e.getMessage());
                    process.stop();
                }
            }
            Thread.sleep(RESTART_PAUSE_MILLIS);
        }
    }

    private void awaitConnections(PostgresProcess process) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.alive()) {
                throw new ExitedDuringStartup("PostgreSQL exited during start-up: " + layout.lastLogLine()
                        + " (see " + layout.logFile() + ")");
            }
            try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, password())) {
                return;
            } catch (SQLException notYet) {
                last = notYet;
                pause(100);
            }
        }
        throw new IllegalStateException("PostgreSQL did not accept connections; see " + layout.logFile(), last);
    }

    private void createApplicationDatabase() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, password());
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, APPLICATION_DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + APPLICATION_DATABASE + " OWNER " + SUPERUSER
                                + " ENCODING 'UTF8'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + APPLICATION_DATABASE, e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
    }

    /**
     * Stops watching the server without stopping it, as a service killed with SIGKILL leaves it: tests play a dead
     * owner in this process with it. {@link #close} still stops the server.
     */
    void abandon() {
        synchronized (lifecycle) {
            watching = false;
        }
        stopWatchdog();
    }

    private void stopWatchdog() {
        if (watchdog != null) {
            watchdog.interrupt();
            try {
                watchdog.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the server if this process started it (fast shutdown: open sessions are rolled back). */
    @Override
    public void close() {
        if (!owned) {
            return;
        }
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            ownedProcess.stop();
            layout.clearOwner();
        }
        stopWatchdog();
    }

    private static final class ExitedDuringStartup extends RuntimeException {
        ExitedDuringStartup(String message) {
            super(message);
        }
    }
}
