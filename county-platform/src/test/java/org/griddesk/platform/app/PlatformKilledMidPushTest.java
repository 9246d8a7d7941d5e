package org.griddesk.platform.app;

import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.batch;
import static org.griddesk.platform.app.SyncTestPlatform.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.platform.cli.PlatformCommandLine;
import org.griddesk.platform.store.postgres.PostmasterPidFile;
import org.griddesk.sync.clock.Hlc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut at the county: the platform ({@code serve} in a child JVM, its embedded PostgreSQL beside it) is killed
 * with SIGKILL while two devices push batches back to back, then started again on the same folder,
 * {@code -Dgriddesk.platformKills=N} times (default 6). Every batch it answered is there whole, every batch it did
 * not answer is there whole or not at all, and sent again it is stored once: no record twice, none past revision 1.
 */
class PlatformKilledMidPushTest {
    private static final int KILLS = Integer.getInteger("griddesk.platformKills", 6);
    private static final int CHANGES_PER_BATCH = 25;
    private static final long PATIENCE_SECONDS = 180;
    private static final Pattern READY = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DEVICES = List.of("wang-laptop", "wang-tablet");

    @TempDir
    Path folder;

    private final UuidV7Generator ids = new UuidV7Generator();
    private final List<Batch> answered = new ArrayList<>();
    private final List<Batch> unanswered = new ArrayList<>();
    private int storedUnanswered;
    private int lostUnanswered;

    @Test
    void killedMidPushThePlatformKeepsEveryAnsweredBatchAndNoHalfBatch() throws Exception {
        addWorker();
        Random random = new Random(Long.getLong("griddesk.platformKills.seed", 42L));
        Process platform = null;
        try {
            for (int kill = 0; kill < KILLS; kill++) {
                platform = serve();
                PlatformHttp http = new PlatformHttp(awaitReady(platform));
                settleUnanswered(http);
                pushUntilKilled(platform, http, random);
                platform = null;
            }
            platform = serve();
            PlatformHttp http = new PlatformHttp(awaitReady(platform));
            settleUnanswered(http);
            Map<String, JsonNode> stored = pull(http, login(http, DEVICES.get(0)));
            int sent = 0;
            for (Batch batch : answered) {
                for (String id : batch.ids) {
                    JsonNode record = stored.get(id);
                    assertTrue(record != null, "a change of an answered batch is lost: " + id);
                    assertEquals(1, record.path("rev").asLong(), "applied once: " + record);
                    sent++;
                }
            }
            assertEquals(sent, stored.values().stream().filter(r -> r.path("type").asText().equals("issue")).count(),
                    "no record stored twice nor any that was never sent");
            System.out.printf("%d kills of the platform mid-push; of the batches unanswered at a kill %d had been"
                    + " stored whole and %d not at all; %d batches of %d changes stored%n", KILLS, storedUnanswered,
                    lostUnanswered, answered.size(), CHANGES_PER_BATCH);
            assertEquals(KILLS * DEVICES.size(), storedUnanswered + lostUnanswered);
        } finally {
            if (platform != null) {
                platform.destroy(); // SIGTERM: stops its PostgreSQL too
                platform.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
            }
            stopLeftoverPostgres();
        }
    }

    /** Two devices push batches back to back; once some are answered the platform is killed at a random moment. */
    private void pushUntilKilled(Process platform, PlatformHttp http, Random random) throws Exception {
        CountDownLatch firstAnswers = new CountDownLatch(DEVICES.size());
        ExecutorService pushers = Executors.newFixedThreadPool(DEVICES.size());
        try {
            List<Future<Batch>> devices = new ArrayList<>();
            for (String device : DEVICES) {
                String token = login(http, device);
                devices.add(pushers.submit(() -> pushWhileUp(http, token, device, firstAnswers)));
            }
            assertTrue(firstAnswers.await(PATIENCE_SECONDS, TimeUnit.SECONDS), "the platform answered pushes");
            Thread.sleep(random.nextInt(1_000)); // the kill lands where it lands: mid-batch or between two
            platform.destroyForcibly();
            assertTrue(platform.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS));
            for (Future<Batch> device : devices) {
                unanswered.add(device.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
            }
        } finally {
            pushers.shutdownNow();
            assertTrue(pushers.awaitTermination(PATIENCE_SECONDS, TimeUnit.SECONDS));
        }
    }

    /** @return the batch the platform did not answer */
    private Batch pushWhileUp(PlatformHttp http, String token, String device, CountDownLatch firstAnswers) {
        while (true) {
            Batch batch = new Batch(device, UUID.randomUUID().toString());
            for (int i = 0; i < CHANGES_PER_BATCH; i++) {
                batch.ids.add(ids.nextId());
            }
            try {
                PlatformHttp.Reply reply = push(http, token, batch);
                if (reply.status() != 200) {
                    return batch;
                }
                for (JsonNode result : reply.json().path("results")) {
                    assertEquals("applied", result.path("status").asText(), result.toString());
                }
                synchronized (answered) {
                    answered.add(batch);
                }
                firstAnswers.countDown();
            } catch (UncheckedIOException | IllegalStateException killed) {
                return batch;
            }
        }
    }

    /** A batch not answered before a kill is there whole or not at all; sent again, it is stored once. */
    private void settleUnanswered(PlatformHttp http) {
        if (unanswered.isEmpty()) {
            return;
        }
        Map<String, String> tokens = new HashMap<>();
        DEVICES.forEach(device -> tokens.put(device, login(http, device)));
        Map<String, JsonNode> stored = pull(http, tokens.get(DEVICES.get(0)));
        for (Batch batch : unanswered) {
            long there = batch.ids.stream().filter(stored::containsKey).count();
            assertTrue(there == 0 || there == batch.ids.size(), "half a batch stored: " + there + " of "
                    + batch.ids.size());
            if (there == 0) {
                lostUnanswered++;
            } else {
                storedUnanswered++;
            }
            PlatformHttp.Reply again = push(http, tokens.get(batch.device), batch);
            assertEquals(200, again.status(), again.text());
            answered.add(batch);
        }
        unanswered.clear();
    }

    private static PlatformHttp.Reply push(PlatformHttp http, String token, Batch batch) {
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < batch.ids.size(); i++) {
            changes.add(change("issue", batch.ids.get(i), 0, Map.of("grid", GRID_A, "title", "停电 " + i),
                    new Hlc(batch.madeAt, i, batch.device).toString()));
        }
        try {
            return http.post("/api/v1/sync/push", JSON.writeValueAsString(batch(batch.device, batch.id, 1, changes)),
                    token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, JsonNode> pull(PlatformHttp http, String token) {
        Map<String, JsonNode> records = new HashMap<>();
        long after = 0;
        while (true) {
            PlatformHttp.Reply page = http.get("/api/v1/sync/changes?after=" + after + "&limit=1000", token);
            assertEquals(200, page.status(), page.text());
            for (JsonNode record : page.json().path("records")) {
                assertTrue(records.put(record.path("id").asText(), record) == null, "pulled twice: " + record);
            }
            if (!page.json().path("hasMore").asBoolean()) {
                return records;
            }
            after = page.json().path("next").asLong();
        }
    }

    private static String login(PlatformHttp http, String device) {
        PlatformHttp.Reply reply = http.post("/api/v1/auth/login", "{\"username\":\"wang\",\"password\":\""
                + SyncTestPlatform.PASSWORD + "\",\"deviceId\":\"" + device + "\"}", null);
        assertEquals(200, reply.status(), reply.text());
        return reply.json().path("token").asText();
    }

    private void addWorker() throws IOException {
        Path password = folder.resolve("password.txt");
        Files.writeString(password, SyncTestPlatform.PASSWORD + "\n", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int code = PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute("user", "add", "--username", "wang", "--role", "worker",
                "--grids", GRID_A, "--password-file", password.toString(), "--data", folder.toString());
        assertEquals(0, code, err.toString());
    }

    private Process serve() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--port", "0", "--data", folder.toString()).redirectErrorStream(true).start();
    }

    /** The port once the platform says it listens; its output is read to the end so that it never blocks. */
    private static int awaitReady(Process platform) throws Exception {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StringBuilder early = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(platform.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher ready = READY.matcher(line);
                    if (ready.find()) {
                        port.complete(Integer.parseInt(ready.group(1)));
                    } else if (!port.isDone() && early.length() < 8_000) {
                        early.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // killed
            }
            port.completeExceptionally(new IllegalStateException("the platform ended before listening:\n" + early));
        }, "platform-output");
        reader.setDaemon(true);
        reader.start();
        return port.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    /** After a failed run the postmaster of a killed platform may still be up: a fast shutdown, as its owner would. */
    private void stopLeftoverPostgres() throws Exception {
        var pid = PostmasterPidFile.read(folder.resolve("pgdata"));
        if (pid.isPresent() && ProcessHandle.of(pid.get().pid()).map(ProcessHandle::isAlive).orElse(false)) {
            new ProcessBuilder("kill", "-INT", Long.toString(pid.get().pid())).start().waitFor();
            ProcessHandle.of(pid.get().pid()).ifPresent(handle -> handle.onExit().join());
        }
    }

    private static final class Batch {
        final String device;
        final String id;
        final List<String> ids = new ArrayList<>();
        final long madeAt = System.currentTimeMillis();

        Batch(String device, String id) {
            this.device = device;
            this.id = id;
        }
    }
}
