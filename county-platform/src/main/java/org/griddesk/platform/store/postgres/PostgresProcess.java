package org.griddesk.platform.store.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The postmaster as a child process: started on a free local port, stopped with a fast shutdown. */
final class PostgresProcess {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresProcess.class);

    private final Process process;
    private final int port;

    private PostgresProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static PostgresProcess start(PostgresLayout layout) {
        return start(layout, freePort());
    }

    /** On a given port: a restart keeps the port, so the connection pool's address stays right. */
    static PostgresProcess start(PostgresLayout layout, int port) {
        List<String> command = layout.runner().command(List.of(
                layout.binaries().executable("postgres").toString(), "-D", layout.pgdata().toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=", "-c", "max_connections=40"));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.logFile().toFile()))
                    .start();
            LOG.info("Started PostgreSQL {} on 127.0.0.1:{} (data in {})", PostgresBinaries.VERSION, port,
                    layout.pgdata());
            return new PostgresProcess(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL", e);
        }
    }

    int port() {
        return port;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Blocks until the postmaster exits, for whatever reason. */
    void awaitExit() throws InterruptedException {
        process.waitFor();
    }

    void stop() {
        if (!process.isAlive()) {
            return;
        }
        FastShutdown.request(process.pid());
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                LOG.warn("PostgreSQL did not stop within a minute; killing it");
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("Stopped PostgreSQL on port {}", port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port for PostgreSQL", e);
        }
    }
}
