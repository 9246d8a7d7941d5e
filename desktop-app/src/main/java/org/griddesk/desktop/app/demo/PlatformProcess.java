package org.griddesk.desktop.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running {@code serve --port N} process: started, its URL read from its output, and stopped. */
final class PlatformProcess {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformProcess.class);
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final int KEPT_OUTPUT = 4000;

    private final Process process;
    private final CompletableFuture<String> listening = new CompletableFuture<>();

    private PlatformProcess(Process process) {
        this.process = process;
    }

    /** {@code port} 0 lets the platform take any free port. */
    static PlatformProcess start(PlatformCommand command, Path platformDir, int port) throws DemoPlatformException {
        try {
            // --exit-with: the platform stops when this app ends, even killed outright, when no shutdown hook runs
            PlatformProcess server = new PlatformProcess(command.start(List.of("serve", "--port",
                    Integer.toString(port), "--builtin-templates", "--data", platformDir.toString(),
                    "--exit-with", Long.toString(ProcessHandle.current().pid()))));
            Thread reader = new Thread(server::watchOutput, "demo-platform-output");
            reader.setDaemon(true);
            reader.start();
            return server;
        } catch (IOException e) {
            throw new DemoPlatformException(DemoPlatformException.Reason.SERVER_FAILED, "could not run serve", e);
        }
    }

    String awaitUrl(Duration timeout) throws DemoPlatformException {
        try {
            return listening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new DemoPlatformException(DemoPlatformException.Reason.TIMED_OUT,
                    "the county platform did not start within " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new DemoPlatformException(DemoPlatformException.Reason.SERVER_FAILED,
                    e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoPlatformException(DemoPlatformException.Reason.SERVER_FAILED, "interrupted", e);
        }
    }

    private void watchOutput() {
        StringBuilder early = new StringBuilder();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                LOG.debug("platform: {}", line);
                Matcher matcher = LISTENING.matcher(line);
                if (!listening.isDone() && matcher.find()) {
                    listening.complete(matcher.group(1));
                } else if (!listening.isDone() && early.length() < KEPT_OUTPUT) {
                    early.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // The stream closes when the process ends; handled below.
        }
        listening.completeExceptionally(new IOException("the county platform exited before listening:\n" + early));
    }

    /** Asks the platform to stop (it then stops its embedded database), and makes sure nothing outlives it. */
    void stop() {
        ProcessTrees.stop(process, Duration.ofSeconds(20));
    }
}
