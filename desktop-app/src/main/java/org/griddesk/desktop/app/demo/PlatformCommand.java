package org.griddesk.desktop.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of {@code java -jar county-platform.jar ...} that must finish in time with exit code 0. */
final class PlatformCommand {

    private static final int KEPT_LINES = 20;

    private final String java;
    private final Path jar;

    PlatformCommand(String java, Path jar) {
        this.java = java;
        this.jar = jar;
    }

    List<String> commandLine(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(arguments);
        return command;
    }

    Process start(List<String> arguments) throws IOException {
        return new ProcessBuilder(commandLine(arguments)).redirectErrorStream(true).start();
    }

    void run(List<String> arguments, Duration timeout) throws DemoPlatformException {
        String what = String.join(" ", arguments.subList(0, Math.min(2, arguments.size())));
        Process process;
        try {
            process = start(arguments);
        } catch (IOException e) {
            throw new DemoPlatformException(DemoPlatformException.Reason.SETUP_FAILED, "could not run " + what, e);
        }
        OutputTail tail = OutputTail.follow(process);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new DemoPlatformException(DemoPlatformException.Reason.TIMED_OUT,
                        "county platform '" + what + "' did not finish within " + timeout.toSeconds() + " s", null);
            }
        } catch (InterruptedException e) {
            // what the command started (its embedded database) ends with it, before the caller goes on
            ProcessTrees.stop(process, Duration.ofSeconds(20));
            Thread.currentThread().interrupt();
            throw new DemoPlatformException(DemoPlatformException.Reason.SETUP_FAILED, what + " interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new DemoPlatformException(DemoPlatformException.Reason.SETUP_FAILED, "county platform '" + what
                    + "' failed with exit code " + process.exitValue() + ":\n" + tail.await(), null);
        }
    }

    /** Keeps the last lines a command printed, to explain a failure. */
    static final class OutputTail {
        private final Deque<String> lines = new ArrayDeque<>();
        private final Thread reader;

        private OutputTail(Process process) {
            reader = new Thread(() -> read(process), "platform-output");
            reader.setDaemon(true);
        }

        static OutputTail follow(Process process) {
            OutputTail tail = new OutputTail(process);
            tail.reader.start();
            return tail;
        }

        private void read(Process process) {
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    synchronized (lines) {
                        lines.addLast(line);
                        if (lines.size() > KEPT_LINES) {
                            lines.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // The process went away; what was read so far is all there is.
            }
        }

        String await() {
            try {
                reader.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }
}
