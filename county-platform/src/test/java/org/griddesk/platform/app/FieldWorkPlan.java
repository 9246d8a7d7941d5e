package org.griddesk.platform.app;

import static org.griddesk.platform.app.BlobHttp.sha256;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_B;
import static org.griddesk.platform.app.SyncTestPlatform.identityNumber;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.griddesk.sync.record.RecordKey;

/**
 * Days of field work by three devices, drawn from a seed so that two runs play exactly the same edits: the
 * reporter (device 0) files issues with photos, retitles them and deletes some of its own; a second device of the
 * same worker (device 1) moves status and priority of the shared issues and files a few of its own; a second worker
 * (device 2) registers households and residents in two grids (now and then a resident already registered, which the
 * platform flags as a possible duplicate) and annotates shared issues. Devices never edit the same field of a record
 * in the same round, so the merged result does not hang on which edit's clock reads later.
 */
final class FieldWorkPlan {

    /** One edit by one device. {@code fields} null: a delete. */
    record Edit(int device, RecordKey key, Map<String, Object> fields) {
    }

    /** The edits of a round by device, and the photos the reporter takes in it. */
    record Round(List<List<Edit>> byDevice, Map<String, byte[]> photos) {
    }

    static final int DEVICES = 3;

    private final long seed;
    private final List<Round> rounds = new ArrayList<>();
    private final List<RecordKey> shared = new ArrayList<>();
    private final List<RecordKey> reportersOwn = new ArrayList<>();
    private final List<RecordKey> households = new ArrayList<>();
    private final List<Integer> serials = new ArrayList<>();
    private final Map<String, byte[]> allPhotos = new LinkedHashMap<>();
    private int nextSerial = 1;

    FieldWorkPlan(long seed) {
        this.seed = seed;
    }

    /** Round {@code index} (from 0), drawn on first use and the same on every later call. */
    Round round(int index) {
        while (rounds.size() <= index) {
            rounds.add(draw(new Random(seed * 1_000_003L + rounds.size()), rounds.size()));
        }
        return rounds.get(index);
    }

    /** Every photo taken in the rounds drawn so far, by name. */
    Map<String, byte[]> photos() {
        return Map.copyOf(allPhotos);
    }

    private Round draw(Random random, int index) {
        List<List<Edit>> byDevice = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Map<String, byte[]> photos = new HashMap<>();
        List<RecordKey> sharedBefore = List.copyOf(shared);
        List<RecordKey> ownBefore = List.copyOf(reportersOwn);

        for (int i = 0; i < 2; i++) {
            RecordKey issue = new RecordKey("issue", id(random));
            Map<String, Object> fields = new HashMap<>(Map.of("grid", GRID_A, "title", "事件 " + index + "-" + i,
                    "description", "第 " + index + " 天发现", "status", "open", "priority", "normal"));
            if (random.nextInt(10) < 6) {
                List<String> names = new ArrayList<>();
                for (int p = 0, n = 1 + random.nextInt(2); p < n; p++) {
                    byte[] photo = new byte[4_000 + random.nextInt(56_000)];
                    random.nextBytes(photo);
                    photos.put(sha256(photo), photo);
                    names.add(sha256(photo));
                }
                fields.put("photos", names);
            }
            byDevice.get(0).add(new Edit(0, issue, fields));
            (i == 0 ? shared : reportersOwn).add(issue);
        }
        for (RecordKey issue : pick(random, concat(sharedBefore, ownBefore), 2)) {
            byDevice.get(0).add(new Edit(0, issue, Map.of("title", "事件 " + issue.id().substring(0, 8) + " 改于 "
                    + index)));
        }
        if (!ownBefore.isEmpty() && random.nextInt(10) < 3) {
            RecordKey gone = ownBefore.get(random.nextInt(ownBefore.size()));
            byDevice.get(0).add(new Edit(0, gone, null));
            reportersOwn.remove(gone);
        }

        for (RecordKey issue : pick(random, sharedBefore, 2)) {
            byDevice.get(1).add(new Edit(1, issue, Map.of("status", random.nextBoolean() ? "in_progress" : "closed",
                    "priority", random.nextBoolean() ? "high" : "normal")));
        }
        if (random.nextBoolean()) {
            byDevice.get(1).add(new Edit(1, new RecordKey("issue", id(random)), Map.of("grid", GRID_A,
                    "title", "平板记录 " + index, "status", "open")));
        }

        String grid = index % 2 == 0 ? GRID_A : GRID_B;
        RecordKey household = new RecordKey("household", id(random));
        byDevice.get(2).add(new Edit(2, household, Map.of("grid", grid, "divisionCode", grid,
                "address", "幸福村 " + index + " 号", "householdType", "1")));
        households.add(household);
        boolean again = !serials.isEmpty() && random.nextInt(10) < 2;
        int serial = again ? serials.get(random.nextInt(serials.size())) : nextSerial++;
        serials.add(serial);
        byDevice.get(2).add(new Edit(2, new RecordKey("resident", id(random)), Map.of("grid", grid,
                "householdId", household.id(), "name", "居民" + serial, "sex", "1", "birthDate", "1980-01-01",
                "relation", "02", "idNumber", identityNumber(serial))));
        for (RecordKey issue : pick(random, sharedBefore, 1)) {
            byDevice.get(2).add(new Edit(2, issue, Map.of("description", "网格员李补充：第 " + index + " 天复查")));
        }
        allPhotos.putAll(photos);
        return new Round(byDevice, photos);
    }

    private static List<RecordKey> pick(Random random, List<RecordKey> from, int most) {
        List<RecordKey> chosen = new ArrayList<>();
        for (int i = 0; i < most && !from.isEmpty(); i++) {
            RecordKey key = from.get(random.nextInt(from.size()));
            if (!chosen.contains(key)) {
                chosen.add(key);
            }
        }
        return chosen;
    }

    private static List<RecordKey> concat(List<RecordKey> a, List<RecordKey> b) {
        List<RecordKey> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A version-7 shaped UUID from the seed, so both runs name their records alike. */
    private static String id(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x7000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
