package org.griddesk.desktop.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs demo mode's platform handling against a real child process speaking the platform's command line. */
class DemoPlatformTest {

    @TempDir
    static Path jarDir;

    private static final String ALL_GRIDS =
            "500101001001,500101001002,500101001003,500101001004,500101001005,500101001006";

    private static Path fakeJar;

    @TempDir
    Path demoDir;

    @BeforeAll
    static void buildFakePlatform() throws IOException {
        fakeJar = FakePlatformJar.build(jarDir);
    }

    private DemoPlatform platform(Optional<String> jar) {
        PlatformJarLocator locator = new PlatformJarLocator(jar, demoDir, Optional.empty());
        return new DemoPlatform(demoDir.resolve("platform"), DemoAccounts.standard(), locator,
                DemoPlatform.currentJava(), Duration.ofSeconds(60));
    }

    @Test
    void firstStartCreatesGridAndAccountsThenServesAndLaterStartsOnlyServe() throws Exception {
        DemoPlatform first = platform(Optional.of(fakeJar.toString()));
        List<DemoProgress.Stage> stages = new ArrayList<>();
        first.onProgress(progress -> stages.add(progress.stage()));
        CompletableFuture<String> announced = new CompletableFuture<>();
        first.whenReady(announced::complete);
        String url;
        try {
            url = first.start();
            assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+"), url);
            assertEquals(Optional.of(url), first.url());
            assertEquals(url, announced.get(5, TimeUnit.SECONDS));
            assertEquals(200, health(url));
        } finally {
            first.stop();
        }
        assertThrows(IOException.class, () -> health(url));
        assertEquals(List.of(DemoProgress.Stage.NOT_STARTED, DemoProgress.Stage.LOCATING_JAR,
                DemoProgress.Stage.CREATING_ACCOUNTS, DemoProgress.Stage.STARTING_SERVER, DemoProgress.Stage.READY,
                DemoProgress.Stage.STOPPED), stages);

        DemoPlatform second = platform(Optional.of(fakeJar.toString()));
        try {
            // a restart keeps the address a signed-in demo store remembers
            assertEquals(url, second.start());
        } finally {
            second.stop();
        }
        String data = demoDir.resolve("platform").toAbsolutePath().normalize().toString();
        String port = url.substring(url.lastIndexOf(':') + 1);
        // the platform follows this process: it stops when the app ends, however it ends
        String following = " --exit-with " + ProcessHandle.current().pid();
        assertEquals(List.of(
                "grid import --file",
                "user add --username demo --role worker --grids " + ALL_GRIDS + " --password-file",
                "user add --username supervisor --role supervisor --grids " + ALL_GRIDS + " --password-file",
                "serve --port 0 --builtin-templates --data " + data + following,
                "serve --port " + port + " --builtin-templates --data " + data + following),
                calls().stream().map(DemoPlatformTest::withoutPasswordFile).toList());
        assertTrue(calls().get(0).endsWith("features=6"), "six grid cells: " + calls().get(0));
        assertTrue(calls().get(1).endsWith("password=demo-worker-2026"));
        assertTrue(calls().get(2).endsWith("password=demo-supervisor-2026"));
        try (Stream<Path> left = Files.list(demoDir)) {
            assertTrue(left.noneMatch(path -> path.getFileName().toString().startsWith("demo-password")));
        }
    }

    @Test
    void aRestartWhoseOldPortIsTakenMovesToAnotherAndRemembersIt() throws Exception {
        DemoPlatform first = platform(Optional.of(fakeJar.toString()));
        String url;
        try {
            url = first.start();
        } finally {
            first.stop();
        }
        int oldPort = Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
        try (java.net.ServerSocket squatter = new java.net.ServerSocket(oldPort, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            DemoPlatform second = platform(Optional.of(fakeJar.toString()));
            String moved;
            try {
                moved = second.start();
                assertTrue(!moved.equals(url), moved);
                assertEquals(200, health(moved));
            } finally {
                second.stop();
            }
            assertEquals(moved.substring(moved.lastIndexOf(':') + 1),
                    Files.readString(demoDir.resolve("platform").resolve("port")).strip());
        }
    }

    @Test
    void missingJarIsReportedClearlyAndFailsTheFuture() throws Exception {
        DemoPlatform platform = platform(Optional.empty());

        CompletableFuture<String> ready = platform.startInBackground();

        ExecutionException failed = assertThrows(ExecutionException.class, () -> ready.get(30, TimeUnit.SECONDS));
        DemoPlatformException cause = (DemoPlatformException) failed.getCause();
        assertEquals(DemoPlatformException.Reason.JAR_MISSING, cause.reason());
        assertTrue(cause.getMessage().contains("county-platform.jar"));
        assertEquals(DemoProgress.Stage.FAILED, platform.progress().stage());
        assertFalse(platform.url().isPresent());
    }

    @Test
    void platformThatExitsBeforeListeningIsAServerFailureWithItsOutput() throws Exception {
        Files.createDirectories(demoDir.resolve("platform"));
        Files.writeString(demoDir.resolve("platform/fail-serve"), "");
        DemoPlatform platform = platform(Optional.of(fakeJar.toString()));

        DemoPlatformException failed = assertThrows(DemoPlatformException.class, platform::start);

        assertEquals(DemoPlatformException.Reason.SERVER_FAILED, failed.reason());
        assertTrue(failed.getMessage().contains("port trouble"), failed.getMessage());
        platform.stop();
    }

    @Test
    void platformThatNeverListensTimesOutAndIsStopped() throws Exception {
        Files.createDirectories(demoDir.resolve("platform"));
        Files.writeString(demoDir.resolve("platform/hang-serve"), "");
        PlatformJarLocator locator = new PlatformJarLocator(Optional.of(fakeJar.toString()), demoDir, Optional.empty());
        DemoPlatform platform = new DemoPlatform(demoDir.resolve("platform"), DemoAccounts.standard(), locator,
                DemoPlatform.currentJava(), Duration.ofSeconds(3));
        List<ProcessHandle> before = ProcessHandle.current().children().toList();

        DemoPlatformException failed = assertThrows(DemoPlatformException.class, platform::start);

        assertEquals(DemoPlatformException.Reason.TIMED_OUT, failed.reason());
        assertEquals(before, ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList());
    }

    /** Leaving practice mode while its platform still starts: stop() cuts the start short and waits for it. */
    @Test
    void stopWhileStartingEndsTheStartAndLeavesNoProcessBehind() throws Exception {
        Files.createDirectories(demoDir.resolve("platform"));
        Files.writeString(demoDir.resolve("platform/hang-serve"), "");
        PlatformJarLocator locator = new PlatformJarLocator(Optional.of(fakeJar.toString()), demoDir, Optional.empty());
        DemoPlatform platform = new DemoPlatform(demoDir.resolve("platform"), DemoAccounts.standard(), locator,
                DemoPlatform.currentJava(), Duration.ofMinutes(5));
        List<ProcessHandle> before = ProcessHandle.current().children().toList();

        CompletableFuture<String> ready = platform.startInBackground();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(platform.progress().stage() == DemoProgress.Stage.STARTING_SERVER
                && ProcessHandle.current().children().filter(ProcessHandle::isAlive).count() > before.size())) {
            assertTrue(System.nanoTime() < deadline, "the serve process never started");
            Thread.sleep(50);
        }
        platform.stop();

        assertTrue(ready.isCompletedExceptionally());
        assertEquals(DemoProgress.Stage.FAILED, platform.progress().stage());
        assertEquals(before, ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList());
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(demoDir.resolve("platform/calls.log"));
    }

    private static String withoutPasswordFile(String call) {
        for (String file : List.of("--password-file", "--file")) {
            int cut = call.indexOf(file);
            if (cut >= 0) {
                return call.substring(0, cut + file.length());
            }
        }
        return call;
    }

    private static int health(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return client.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
