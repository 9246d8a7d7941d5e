package org.griddesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** A process started by a scenario, whose merged output is watched for the line that marks "ready". */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final StringBuilder transcript = new StringBuilder();

    private ChildProcess(Process process) {
        this.process = process;
    }

    static ChildProcess start(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        return new ChildProcess(builder.start());
    }

    /** Blocks until a line matches, and returns it; fails with the transcript when the process ends first. */
    String awaitLine(Predicate<String> ready, Duration timeout) throws Exception {
        CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> readUntil(ready));
        try {
            String line = found.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new IllegalStateException("process ended before it was ready:\n" + tail());
            }
            return line;
        } catch (TimeoutException e) {
            throw new IllegalStateException("not ready after " + timeout + ":\n" + tail(), e);
        }
    }

    private String readUntil(Predicate<String> ready) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (transcript) {
                    transcript.append(line).append('\n');
                }
                if (ready.test(line)) {
                    drainInBackground(reader);
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    // The child blocks once its pipe is full, so keep reading after the interesting line.
    private void drainInBackground(BufferedReader reader) {
        Thread drainer = new Thread(() -> {
            try {
                while (reader.readLine() != null) {
                    // discard
                }
            } catch (IOException ignored) {
                // the process is gone
            }
        }, "bench-drain");
        drainer.setDaemon(true);
        drainer.start();
    }

    private String tail() {
        synchronized (transcript) {
            int from = Math.max(0, transcript.length() - 4000);
            return transcript.substring(from);
        }
    }

    /** Graceful stop (SIGTERM), then a hard kill if it does not end in time. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
