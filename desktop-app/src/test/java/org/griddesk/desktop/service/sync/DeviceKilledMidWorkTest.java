package org.griddesk.desktop.service.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import org.griddesk.desktop.Main;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.desktop.testing.CountyPlatformProcess;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.DownloadTarget;
import org.griddesk.sync.client.HttpBlobClient;
import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.client.RetryPolicy;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PulledRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Laptops whose batteries die again and again: two devices, each in a child JVM ({@link WorkingDevice}, or the command
 * line's {@code sync}), are killed with SIGKILL at random moments while they open their encrypted stores, file issues
 * with photos, edit them and sync with the real county platform; then they are started again. After
 * {@code -Dgriddesk.kills=N} kills in all (default 100) each store still opens, a last sync completes, every
 * acknowledged edit is on the platform, no edit was applied twice, no issue stored twice, and every photo is whole.
 */
class DeviceKilledMidWorkTest {
    private static final int KILLS = Integer.getInteger("griddesk.kills", 100);
    private static final long SEED = Long.getLong("griddesk.kills.seed", 1_206L);
    private static final long PATIENCE_SECONDS = 120;
    private static final ClientSettings CHECKER = new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(30),
            new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1)));

    @TempDir
    static Path platformDir;
    private static CountyPlatformProcess platform;

    @TempDir
    Path data;

    private final Map<String, Edits> ledger = new HashMap<>();
    private static final List<String> DEVICES = List.of("a", "b");

    private final Map<String, Integer> kills = new HashMap<>();
    private final AtomicInteger killed = new AtomicInteger();
    private int cycles; // guarded by this
    private long opening;
    private int opened;
    private int syncs;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = CountyPlatformProcess.start(platformDir);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void killedAHundredTimesMidWorkTheDeviceLosesNoAcknowledgedEditAndDuplicatesNothing() throws Exception {
        for (String device : DEVICES) {
            try (EncryptedDeviceSession session = SyncDevices.create(data.resolve(device))) {
                SyncServices.of(session, SyncDevices.QUICK).signIn(platform.url(), CountyPlatformProcess.WORKER,
                        platform.workerPassword());
            }
        }
        long began = System.nanoTime();
        // two laptops of the grid die at once, each in its own rhythm: the kills cost JVM starts, two run side by side
        ExecutorService laptops = Executors.newFixedThreadPool(DEVICES.size());
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int d = 0; d < DEVICES.size(); d++) {
                String device = DEVICES.get(d);
                Random random = new Random(SEED + d);
                running.add(laptops.submit(() -> killRepeatedly(device, random)));
            }
            for (Future<Void> laptop : running) {
                laptop.get();
            }
        } finally {
            laptops.shutdownNow();
            assertTrue(laptops.awaitTermination(PATIENCE_SECONDS, TimeUnit.SECONDS));
        }
        System.out.printf("%d kills %s in %d s (%d cycles, store open after %d ms on average), %d issues filed, %d edits"
                + " acknowledged, %d syncs begun%n", killed.get(), kills, (System.nanoTime() - began) / 1_000_000_000L,
                cycles, opening / Math.max(1, opened), ledger.size(),
                ledger.values().stream().mapToInt(e -> e.acknowledged).sum(), syncs);
        assertTrue(killed.get() >= KILLS);

        for (int pass = 0; pass < 2; pass++) { // the second pass brings each the other's last edits
            for (String device : DEVICES) {
                try (EncryptedDeviceSession session = SyncDevices.unlock(data.resolve(device))) {
                    SyncReport last = SyncServices.of(session, CHECKER).sync(SyncProgress.NONE, () -> false);
                    assertTrue(last.completed(), device + ": the sync after the last kill: " + last);
                    assertTrue(session.records().outbox().isEmpty(), "every edit acknowledged by the platform");
                }
            }
        }
        Map<String, PulledRecord> onPlatform = pullIssues();
        checkNothingLostNorTwice(onPlatform);
        for (String device : DEVICES) {
            try (EncryptedDeviceSession session = SyncDevices.unlock(data.resolve(device))) {
                checkPhotosWhole(onPlatform, device, new EncryptedBlobStore(data.resolve(device).resolve("blobs"),
                        session.store().settings()));
                for (PulledRecord issue : onPlatform.values()) {
                    RecordKey key = new RecordKey("issue", issue.id());
                    assertEquals(SyncState.SYNCED, session.records().status(key).state(), issue.id());
                    assertEquals(issue.fields(), session.records().localView(key).orElseThrow().fields(),
                            "the device holds what the platform holds");
                }
            }
        }
    }

    private Void killRepeatedly(String device, Random random) throws Exception {
        for (int cycle = 0; killed.get() < KILLS; cycle++) {
            int kind = random.nextInt(10);
            String how = kind == 0 ? "while starting" : kind == 1 ? "in the command line's sync"
                    : kind < 5 ? "mid-sync" : "mid-work";
            synchronized (this) {
                cycles++;
            }
            if (cycle(device, cycle, how, random)) {
                synchronized (this) {
                    kills.merge(how, 1, Integer::sum);
                }
                killed.incrementAndGet();
            }
        }
        return null;
    }

    /** @return whether the kill found the device still running (the command line's sync may have finished) */
    private boolean cycle(String name, int cycle, String how, Random random) throws Exception {
        boolean commandLine = how.startsWith("in the command");
        Process device = commandLine ? commandLineSync(name) : workingDevice(name, cycle);
        Deque<String> lastLines = new ArrayDeque<>();
        CompletableFuture<Void> open = new CompletableFuture<>();
        CompletableFuture<Void> syncing = new CompletableFuture<>();
        long started = System.nanoTime();
        Thread reader = new Thread(() -> read(device, lastLines, open, syncing), "device-output");
        reader.start();
        try {
            if (how.equals("mid-work")) {
                open.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
                countOpen(started);
                Thread.sleep(random.nextInt(1_500)); // where the kill lands: anywhere in edits, photos and syncs
            } else if (how.equals("mid-sync")) {
                open.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
                countOpen(started);
                syncing.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
                Thread.sleep(random.nextInt(400)); // photos going up, a push, a pull
            } else {
                Thread.sleep(random.nextInt(commandLine ? 3_000 : 2_500));
            }
        } catch (Exception e) {
            device.destroyForcibly().waitFor();
            reader.join();
            fail(name + " cycle " + cycle + ": the store did not open\n" + String.join("\n", lastLines), e);
        }
        boolean alive = device.isAlive();
        device.destroyForcibly();
        assertTrue(device.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS));
        reader.join();
        if (alive && device.exitValue() == 137) {
            return true;
        }
        if (!commandLine || device.exitValue() != 0) {
            fail(name + " cycle " + cycle + " (" + how + ") ended by itself with " + device.exitValue() + ":\n"
                    + String.join("\n", lastLines));
        }
        return false;
    }

    private synchronized void countOpen(long started) {
        opening += (System.nanoTime() - started) / 1_000_000L;
        opened++;
    }

    private void read(Process device, Deque<String> lastLines, CompletableFuture<Void> open,
                      CompletableFuture<Void> syncing) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(device.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (lastLines.size() > 40) {
                    lastLines.removeFirst();
                }
                lastLines.addLast(line);
                if (line.equals("OPEN")) {
                    open.complete(null);
                } else if (line.equals("SYNC")) {
                    synchronized (this) {
                        syncs++;
                    }
                    syncing.complete(null);
                }
                note(line.split(" "));
            }
        } catch (IOException e) {
            // killed
        }
        open.completeExceptionally(new IllegalStateException("the device ended before its store was open"));
        syncing.completeExceptionally(new IllegalStateException("the device ended before it synced"));
    }

    /** A line cut by the kill is incomplete and ignored. */
    private synchronized void note(String[] words) {
        if (words.length == 4 && words[0].equals("WILL") && words[2].matches("\\d+")) {
            Edits edits = ledger.computeIfAbsent(words[1], id -> new Edits());
            edits.announced = Math.max(edits.announced, Integer.parseInt(words[2]));
            edits.made++;
        } else if (words.length == 3 && words[0].equals("ACK") && words[2].matches("\\d+")) {
            Edits edits = ledger.computeIfAbsent(words[1], id -> new Edits());
            edits.acknowledged = Math.max(edits.acknowledged, Integer.parseInt(words[2]));
        }
    }

    private void checkNothingLostNorTwice(Map<String, PulledRecord> onPlatform) {
        ledger.forEach((id, edits) -> {
            if (edits.acknowledged == 0) {
                return; // killed before the issue was committed: it may or may not exist
            }
            PulledRecord issue = onPlatform.get(id);
            assertTrue(issue != null, "acknowledged issue " + id + " is on the platform");
            int edit = editNumber(issue);
            assertTrue(edit >= edits.acknowledged && edit <= edits.announced, id + ": edit " + edit
                    + " on the platform, " + edits.acknowledged + " acknowledged, " + edits.announced + " begun");
        });
        Set<String> tags = new HashSet<>();
        for (PulledRecord issue : onPlatform.values()) {
            Edits edits = ledger.get(issue.id());
            assertTrue(edits != null, "an issue the device never began: " + issue.id());
            assertTrue(issue.rev() <= edits.made, issue.id() + " has revision " + issue.rev() + " after "
                    + edits.made + " edits: an edit was applied twice");
            assertTrue(tags.add(String.valueOf(issue.fields().get("tag"))), "issue filed twice: " + issue.fields());
        }
    }

    private static int editNumber(PulledRecord issue) {
        return Integer.parseInt(String.valueOf(issue.fields().get("description"))
                .substring(WorkingDevice.EDIT_PREFIX.length()));
    }

    private void checkPhotosWhole(Map<String, PulledRecord> onPlatform, String device, EncryptedBlobStore onDevice) {
        HttpBlobClient blobs = new HttpBlobClient(HttpUrl.get(platform.url() + "/"), this::checkerToken, CHECKER);
        int photos = 0;
        for (PulledRecord issue : onPlatform.values()) {
            if (issue.fields().get("photos") instanceof Collection<?> names) {
                for (Object name : names) {
                    Bytes bytes = new Bytes();
                    blobs.download((String) name, bytes);
                    assertEquals(name, EncryptedBlobStore.sha256(bytes.bytes.toByteArray()), "photo whole");
                    if (String.valueOf(issue.fields().get("tag")).startsWith(device + "-")) {
                        assertEquals(name, EncryptedBlobStore.sha256(onDevice.get((String) name)), "kept on " + device);
                    }
                    photos++;
                }
            }
        }
        assertTrue(photos > 0, "photos went up between the kills");
    }

    private Map<String, PulledRecord> pullIssues() throws Exception {
        HttpSyncClient pull = new HttpSyncClient(HttpUrl.get(platform.url() + "/"), this::checkerToken, CHECKER);
        Map<String, PulledRecord> issues = new HashMap<>();
        long after = 0;
        for (ChangesPage page = pull.pull(after, 1000); ; page = pull.pull(after, 1000)) {
            page.records().stream().filter(record -> record.type().equals("issue"))
                    .forEach(record -> issues.put(record.id(), record));
            if (!page.hasMore()) {
                return issues;
            }
            after = page.next();
        }
    }

    private String checkerToken;

    private synchronized String checkerToken() {
        if (checkerToken == null) {
            try {
                String body = new ObjectMapper().writeValueAsString(Map.of("username", CountyPlatformProcess.WORKER,
                        "password", new String(platform.workerPassword()), "deviceId", "checker"));
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(platform.url() + "/api/v1/auth/login")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                checkerToken = new ObjectMapper().readTree(answer.body()).path("token").asText();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return checkerToken;
    }

    private Process workingDevice(String name, int cycle) throws IOException {
        return start(List.of(WorkingDevice.class.getName(), data.resolve(name).toString(),
                Long.toString(SEED * 7_919 + cycle * 31L + name.hashCode()), Integer.toString(cycle), name));
    }

    /** The real entry point of griddesk.jar, {@code sync --data DIR}. */
    private Process commandLineSync(String name) throws IOException {
        return start(List.of(Main.class.getName(), "sync", "--data", data.resolve(name).toString()));
    }

    private static Process start(List<String> mainAndArguments) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GRIDDESK_PASSPHRASE", new String(SyncDevices.PASSPHRASE));
        return builder.start();
    }

    /** What the device began and what it acknowledged of one issue. */
    private static final class Edits {
        int made;
        int announced;
        int acknowledged;
    }

    private static final class Bytes implements DownloadTarget {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public long held() {
            return bytes.size();
        }

        @Override
        public void append(byte[] chunk, int offset, int length) {
            bytes.write(chunk, offset, length);
        }

        @Override
        public void restart() {
            bytes.reset();
        }
    }
}
