package org.griddesk.desktop.service.sync;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.desktop.testing.CountyPlatformProcess;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.RetryPolicy;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.session.LocalChanges;

/**
 * Run in a child JVM by {@link DeviceKilledMidWorkTest} until it is killed: opens the real encrypted store of a
 * signed-in device, then files issues (some with a photo, put in the encrypted blob store first), edits them and
 * syncs with the platform, over and over. It says {@code OPEN} once the store is open, {@code WILL id n tag} before an
 * edit and {@code ACK id n} once the edit is committed, so that the parent knows which edits were acknowledged when
 * the kill landed. The edit number n is written into the issue's {@code description}. It ends by itself only when
 * its stdin closes (the parent is gone).
 */
public final class WorkingDevice {

    static final String EDIT_PREFIX = "edit-";
    private static final ClientSettings CLIENT = new ClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(20),
            new RetryPolicy(2, Duration.ZERO, Duration.ZERO));

    private WorkingDevice() {
    }

    /** {@code args}: data folder, seed, cycle number, the device's name (it edits only the issues it filed). */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Thread orphanGuard = new Thread(WorkingDevice::exitWhenParentGoes, "parent-watch");
        orphanGuard.setDaemon(true);
        orphanGuard.start();
        Path data = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        String name = args[3];
        try (EncryptedDeviceSession session = SyncDevices.unlock(data)) {
            out.println("OPEN");
            work(session, random, name, name + "-" + args[2], out);
        }
    }

    private static void work(EncryptedDeviceSession session, Random random, String name, String cycle,
                             PrintStream out) {
        SyncService sync = SyncServices.of(session, CLIENT);
        LocalChanges edits = new LocalChanges(session.records(), session.clock());
        EncryptedBlobStore blobs = new EncryptedBlobStore(session.dataDir().resolve("blobs"),
                session.store().settings());
        UuidV7Generator ids = new UuidV7Generator();
        Map<RecordKey, Integer> issues = existingIssues(session, name + "-");
        List<RecordKey> keys = new ArrayList<>(issues.keySet());
        for (int step = 0; ; step++) {
            int choice = random.nextInt(100);
            if (choice < 30) {
                out.println("SYNC");
                SyncReport report = sync.sync(SyncProgress.NONE, () -> false);
                out.println("SYNCED " + report.completed());
            } else if (choice < 65 || keys.isEmpty()) {
                RecordKey key = new RecordKey("issue", ids.nextId());
                String tag = cycle + "-" + step;
                Map<String, Object> fields = new HashMap<>(Map.of("grid", CountyPlatformProcess.GRID,
                        "category", "infrastructure", "title", "路灯 " + tag, "status", "open",
                        "description", EDIT_PREFIX + 1, "tag", tag));
                if (random.nextInt(3) == 0) {
                    byte[] photo = new byte[40_000 + random.nextInt(160_000)];
                    random.nextBytes(photo);
                    fields.put("photos", List.of(blobs.put(photo)));
                }
                out.println("WILL " + key.id() + " 1 " + tag);
                edits.set(key, fields);
                out.println("ACK " + key.id() + " 1");
                issues.put(key, 1);
                keys.add(key);
            } else {
                RecordKey key = keys.get(random.nextInt(keys.size()));
                int next = issues.get(key) + 1;
                out.println("WILL " + key.id() + " " + next + " -");
                edits.set(key, Map.of("description", EDIT_PREFIX + next, "status",
                        random.nextBoolean() ? "open" : "in_progress"));
                out.println("ACK " + key.id() + " " + next);
                issues.put(key, next);
            }
        }
    }

    /** The issues this device filed, with the number of the last edit its local view shows. */
    private static Map<RecordKey, Integer> existingIssues(EncryptedDeviceSession session, String tagPrefix) {
        Map<RecordKey, Integer> issues = new HashMap<>();
        for (RecordKey key : session.records().records()) {
            Map<String, Object> fields = key.type().equals("issue")
                    ? session.records().localView(key).map(SyncRecord::fields).orElse(Map.of()) : Map.of();
            if (String.valueOf(fields.get("tag")).startsWith(tagPrefix)
                    && fields.get("description") instanceof String text && text.startsWith(EDIT_PREFIX)) {
                issues.put(key, Integer.parseInt(text.substring(EDIT_PREFIX.length())));
            }
        }
        return issues;
    }

    private static void exitWhenParentGoes() {
        try {
            while (System.in.read() >= 0) {
                // the parent never writes; end of input means it is gone
            }
        } catch (IOException e) {
            // gone as well
        }
        Runtime.getRuntime().halt(3);
    }
}
