package org.griddesk.platform.app;

import static org.griddesk.platform.app.BlobHttp.sha256;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.griddesk.platform.store.DatabaseSettings;
import org.griddesk.platform.store.PlatformDatabase;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.RetryPolicy;
import org.griddesk.sync.session.SessionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three devices do days of field work (issues with photos, households, residents, edits and deletes) through a link
 * that injects several hundred faults: connections cut and reset mid-request and mid-response, 502 and 503 with and
 * without Retry-After, answers the platform gave replaced by 502, and stalls past the devices' read timeout. The same
 * work on a second platform without faults is the reference: records, revisions, the seq counter and the history,
 * the review queue, the blobs on the platform's disk and what each device ends up holding must all be equal.
 * {@code -Dgriddesk.faults=N} asks for another number of faults (default 300), {@code -Dgriddesk.faults.seed=S} for
 * another draw.
 */
class SyncThroughFaultsTest {
    private static final int FAULTS = Integer.getInteger("griddesk.faults", 300);
    private static final long SEED = Long.getLong("griddesk.faults.seed", 20_261_206L);
    private static final double FAULT_RATE = 0.5;
    private static final int MOST_ROUNDS = 400;
    /**
     * Stalls cost one read timeout each: short, yet well above a push or a chunk on 127.0.0.1 (a slower answer on a
     * busy machine is one more fault, retried like the others; {@code -Dgriddesk.faults.readTimeoutMillis} for more).
     */
    private static final ClientSettings LINK = new ClientSettings(Duration.ofSeconds(2),
            Duration.ofMillis(Long.getLong("griddesk.faults.readTimeoutMillis", 300)),
            new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(20)));
    private static final SessionSettings SMALL_BATCHES = new SessionSettings(3, 10);
    private static final int CHUNK_BYTES = 16 * 1024;
    private static final String[][] DEVICES = {{"wang", "wang-laptop"}, {"wang", "wang-tablet"}, {"li", "li-laptop"}};

    @TempDir
    Path faultyFolder;

    @TempDir
    Path cleanFolder;

    @Test
    void daysOfWorkThroughHundredsOfFaultsEndExactlyAsWithoutThem() throws Exception {
        FieldWorkPlan plan = new FieldWorkPlan(SEED);
        // the reference platform starts (initdb and all) while the faulty run plays
        CompletableFuture<SyncTestPlatform> reference = CompletableFuture.supplyAsync(() -> platform(cleanFolder));
        try {
            compareWithReference(plan, reference);
        } finally {
            SyncTestPlatform started = reference.handle((platform, failure) -> platform).join();
            if (started != null) {
                started.close();
            }
        }
    }

    private void compareWithReference(FieldWorkPlan plan, CompletableFuture<SyncTestPlatform> reference)
            throws Exception {
        int rounds;
        Result faulty;
        Map<FaultInjectingProxy.Fault, Integer> dealt;
        int failedRuns;
        try (SyncTestPlatform platform = platform(faultyFolder);
             FaultInjectingProxy link = new FaultInjectingProxy(platform.port(), FAULT_RATE, SEED)) {
            List<FieldDevice> devices = devices(platform, link.port());
            rounds = 0;
            while (link.faultsInjected() < FAULTS && rounds < MOST_ROUNDS) {
                play(plan.round(rounds++), devices);
            }
            finish(devices);
            dealt = link.faultsByKind();
            failedRuns = devices.stream().mapToInt(FieldDevice::failedRuns).sum();
            faulty = result(platform, faultyFolder, devices, plan);
            System.out.printf("%d faults in %d exchanges over %d rounds, %d sync runs failed and were run again: %s%n",
                    link.faultsInjected(), link.exchanges(), rounds, failedRuns, dealt);
            assertTrue(link.faultsInjected() >= FAULTS, "faults injected: " + link.faultsInjected());
        }
        dealt.forEach((fault, count) -> assertTrue(count > 0, "no " + fault + " among " + dealt));

        SyncTestPlatform platform = reference.join();
        List<FieldDevice> devices = devices(platform, platform.port());
        for (int round = 0; round < rounds; round++) {
            play(plan.round(round), devices);
        }
        finish(devices);
        Result clean = result(platform, cleanFolder, devices, plan);

        assertEquals(clean.records.size(), faulty.records.size(), "records on the platform");
        assertEquals(clean.records, faulty.records, "every record, its revision and fields");
        assertEquals(clean.counts, faulty.counts, "seq counter, revisions kept, records, review items");
        assertEquals(clean.reviewItems, faulty.reviewItems, "review queue");
        assertEquals(plan.photos().keySet().stream().sorted().toList(), faulty.blobsOnDisk, "complete blobs on disk");
        assertEquals(clean.blobsOnDisk, faulty.blobsOnDisk);
        assertEquals(clean.devices, faulty.devices, "what each device holds");
        assertTrue(faulty.records.size() > rounds * 4, "the work reached the platform: " + faulty.records.size());
    }

    private static SyncTestPlatform platform(Path folder) {
        SyncTestPlatform platform = new SyncTestPlatform(folder);
        platform.addUser("wang", "worker", GRID_A);
        platform.addUser("li", "worker", GRID_A, GRID_B);
        platform.addUser("chen", "supervisor", GRID_A, GRID_B);
        return platform;
    }

    private static List<FieldDevice> devices(SyncTestPlatform platform, int port) {
        List<FieldDevice> devices = new ArrayList<>();
        for (int i = 0; i < DEVICES.length; i++) {
            String token = platform.login(DEVICES[i][0], DEVICES[i][1]);
            devices.add(new FieldDevice(DEVICES[i][1], port, token, LINK, SMALL_BATCHES, CHUNK_BYTES, SEED + i));
        }
        return devices;
    }

    /** Each device in turn makes its edits, syncs until a run completes and fetches the photos it lacks. */
    private static void play(FieldWorkPlan.Round round, List<FieldDevice> devices) {
        for (int d = 0; d < devices.size(); d++) {
            FieldDevice device = devices.get(d);
            if (d == 0) {
                round.photos().values().forEach(device::keep);
            }
            for (FieldWorkPlan.Edit edit : round.byDevice().get(d)) {
                if (edit.fields() == null) {
                    device.delete(edit.key());
                } else {
                    device.set(edit.key(), edit.fields());
                }
            }
            device.syncUntilDone();
            device.fetchMissingPhotos();
        }
    }

    /** Two more passes, so that every device has pulled the last edits of the others. */
    private static void finish(List<FieldDevice> devices) {
        for (int pass = 0; pass < 2; pass++) {
            for (FieldDevice device : devices) {
                device.syncUntilDone();
                device.fetchMissingPhotos();
            }
        }
    }

    private record Result(Map<String, String> records, Map<String, Long> counts, List<String> reviewItems,
                          List<String> blobsOnDisk, Map<String, Object> devices) {
    }

    private static Result result(SyncTestPlatform platform, Path folder, List<FieldDevice> devices,
                                 FieldWorkPlan plan) throws Exception {
        String chen = platform.login("chen", "chen-desk");
        Map<String, String> records = new TreeMap<>();
        for (JsonNode record : platform.pullAll(chen).path("records")) {
            records.put(record.path("type").asText() + "/" + record.path("id").asText(), record.path("rev").asLong()
                    + " " + record.path("deleted").asBoolean() + " " + record.path("fields"));
        }
        BlobHttp blobs = new BlobHttp(platform.port());
        for (Map.Entry<String, byte[]> photo : plan.photos().entrySet()) {
            HttpResponse<byte[]> got = blobs.get(photo.getKey(), chen, null);
            assertEquals(200, got.statusCode(), "photo " + photo.getKey());
            assertEquals(photo.getKey(), sha256(got.body()), "the platform serves the photo whole");
        }
        Map<String, Object> held = new TreeMap<>();
        for (FieldDevice device : devices) {
            assertEquals(Map.of(), device.unsynced(), device.id + " has records not synced");
            held.put(device.id + " records", device.views());
            held.put(device.id + " photos", device.photos());
        }
        try (PlatformDatabase database = PlatformDatabase.openForCommand(DatabaseSettings.embedded(folder));
             Connection connection = database.dataSource().getConnection()) {
            Map<String, Long> counts = new TreeMap<>();
            counts.put("last seq", single(connection, "SELECT last_seq FROM sync_counters"));
            counts.put("revisions kept", single(connection, "SELECT count(*) FROM sync_record_history"));
            counts.put("records", single(connection, "SELECT count(*) FROM sync_records"));
            counts.put("review items", single(connection, "SELECT count(*) FROM review_items"));
            List<String> items = strings(connection, "SELECT kind || ' ' || record_type || '/' || record_id || ' '"
                    + " || coalesce(field, '-') FROM review_items ORDER BY 1");
            return new Result(records, counts, items, blobsOnDisk(folder.resolve("blobs")), held);
        }
    }

    /** The complete blobs on the platform's disk, each checked against its name; no upload is left half done. */
    private static List<String> blobsOnDisk(Path root) throws IOException {
        try (Stream<Path> partial = Files.list(root.resolve("partial"))) {
            assertEquals(List.of(), partial.toList(), "uploads left unfinished");
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("complete"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                assertEquals(name, sha256(Files.readAllBytes(file)), "blob " + name + " is what its name says");
                names.add(name);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        names.sort(null);
        return names;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
