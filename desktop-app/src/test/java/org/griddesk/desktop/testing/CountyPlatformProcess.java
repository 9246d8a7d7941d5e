package org.griddesk.desktop.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.griddesk.desktop.app.demo.ProcessTrees;
import org.junit.jupiter.api.Assumptions;

/**
 * The real county platform as a child process: {@code grid add}, {@code user add}, then {@code serve --port 0}
 * with its embedded PostgreSQL under a temporary folder. Tests are skipped when county-platform.jar has not been
 * built (a full reactor build builds county-platform before desktop-app).
 */
public final class CountyPlatformProcess implements AutoCloseable {

    public static final String GRID = "500101001001";
    public static final String WORKER = "wang.worker";
    public static final String WORKER_PASSWORD = "worker-password-2026";
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final long PATIENCE_SECONDS = 180;

    private final Process server;
    private final String url;
    private final Path jar;
    private final Path data;

    private CountyPlatformProcess(Process server, String url, Path jar, Path data) {
        this.server = server;
        this.url = url;
        this.jar = jar;
        this.data = data;
    }

    public static CountyPlatformProcess start(Path dir) throws Exception {
        Path jar = Path.of("").toAbsolutePath().resolve("../county-platform/target/county-platform.jar").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(jar), "county-platform.jar not built: " + jar);
        Path data = dir.resolve("platform-data");
        Files.createDirectories(data);
        runToEnd(jar, List.of("grid", "add", "--code", GRID, "--name", "测试网格", "--data", data.toString()));
        Path passwordFile = dir.resolve("worker-password.txt");
        Files.writeString(passwordFile, WORKER_PASSWORD, StandardCharsets.UTF_8);
        runToEnd(jar, List.of("user", "add", "--username", WORKER, "--role", "worker", "--grids", GRID,
                "--password-file", passwordFile.toString(), "--data", data.toString()));
        Files.delete(passwordFile);
        Process server = start(jar, List.of("serve", "--port", "0", "--builtin-templates", "--data",
                data.toString()));
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> watch(server, listening), "county-platform-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new CountyPlatformProcess(server, listening.get(PATIENCE_SECONDS, TimeUnit.SECONDS), jar, data);
        } catch (Exception e) {
            stop(server);
            throw e;
        }
    }

    public String url() {
        return url;
    }

    /** {@code user add} beside the running platform, in the test grid. */
    public void addUser(String username, String role, String password) throws Exception {
        Path passwordFile = Files.createTempFile(data.getParent(), "password", ".txt");
        try {
            Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
            runToEnd(jar, List.of("user", "add", "--username", username, "--role", role, "--grids", GRID,
                    "--password-file", passwordFile.toString(), "--data", data.toString()));
        } finally {
            Files.delete(passwordFile);
        }
    }

    /** {@code release publish --file FILE} beside the running platform: a desktop package devices update from. */
    public void publishRelease(Path file) throws Exception {
        runToEnd(jar, List.of("release", "publish", "--file", file.toString(), "--data", data.toString()));
    }

    /** Where the platform keeps a published package (a test may spoil it to see a device refuse it). */
    public Path releaseFile(String name) {
        return data.resolve("releases").resolve(name);
    }

    public char[] workerPassword() {
        return WORKER_PASSWORD.toCharArray();
    }

    @Override
    public void close() {
        stop(server);
    }

    private static void runToEnd(Path jar, List<String> arguments) throws Exception {
        Process process = start(jar, arguments);
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> collect(process, output), "county-platform-command");
        reader.setDaemon(true);
        reader.start();
        if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("county platform " + arguments.subList(0, 2) + " did not finish");
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        if (process.exitValue() != 0) {
            throw new IllegalStateException("county platform " + arguments.subList(0, 2) + " failed:\n" + output);
        }
    }

    private static Process start(Path jar, List<String> arguments) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void collect(Process process, StringBuilder output) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static void watch(Process server, CompletableFuture<String> listening) {
        StringBuilder early = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher matcher = LISTENING.matcher(line);
                if (!listening.isDone() && matcher.find()) {
                    listening.complete(matcher.group(1));
                } else if (!listening.isDone() && early.length() < 4000) {
                    early.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        listening.completeExceptionally(new IllegalStateException("platform exited before listening:\n" + early));
    }

    private static void stop(Process server) {
        ProcessTrees.stop(server, Duration.ofSeconds(30));
    }
}
