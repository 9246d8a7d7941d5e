package org.griddesk.platform.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code serve} in a child JVM of its own, started from this test run's class path (the module's jar is built only
 * after its tests): a real second process, with its own connection pool, caches and locks, as a county's second
 * server would be. {@link #close} stops it with SIGTERM, as systemd does, and waits for it.
 */
final class PlatformProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final long PATIENCE_SECONDS = 180;

    private final Process process;
    private final Thread reader;
    private final StringBuilder output;
    private final CompletableFuture<Integer> port;

    private PlatformProcess(Process process, Thread reader, StringBuilder output, CompletableFuture<Integer> port) {
        this.process = process;
        this.reader = reader;
        this.output = output;
        this.port = port;
    }

    /** Starts {@code serve --host 127.0.0.1 --port 0 ARGS}; {@link #port} waits until it listens. */
    static PlatformProcess start(List<String> serveArguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--host", "127.0.0.1", "--port", "0"));
        command.addAll(serveArguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(process, output, port), "platform-process-output");
        reader.setDaemon(true);
        reader.start();
        return new PlatformProcess(process, reader, output, port);
    }

    int port() throws Exception {
        return port.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /**
     * Waits for the process to end by itself; its exit code, or empty if it is still running after that. Once it
     * has ended, its last lines are read before this returns, so {@link #output} holds everything it printed.
     */
    Optional<Integer> awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            return Optional.empty();
        }
        reader.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        return Optional.of(process.exitValue());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
        reader.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
    }

    private static void read(Process process, StringBuilder output, CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        synchronized (output) {
            port.completeExceptionally(new IllegalStateException("platform exited before listening:\n" + output));
        }
    }
}
