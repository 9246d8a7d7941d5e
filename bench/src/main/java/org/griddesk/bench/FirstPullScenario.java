package org.griddesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.VaultFactory;
import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.session.SyncOutcome;
import org.griddesk.sync.session.SyncSession;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangesPage;

/**
 * A worker's new laptop: a fresh encrypted device store signs in and pulls 100,000 households of its grid from
 * the real platform over HTTP on 127.0.0.1 (the platform's reads, the pages on the wire and the Derby writes).
 * The platform and its records are set up once; every run starts from a new, empty store.
 */
final class FirstPullScenario implements Scenario {

    static final int RECORDS = 100_000;
    private static final int BATCH = 1000;
    private static final String SEEDER = "bench-seeder";
    private static final String PASSPHRASE = "bench-网格-passphrase-2026";

    private final PullRecordIds idKind;
    private Path device;
    private InProcessPlatform platform;
    private int round;

    FirstPullScenario(PullRecordIds idKind) {
        this.idKind = idKind;
    }

    @Override
    public String name() {
        return "first pull of 100k records into the encrypted device store, " + idKind.label();
    }

    @Override
    public String unit() {
        return "s";
    }

    @Override
    public int runs() {
        return 5; // the first run also warms up the JIT, so three runs left the median at its mercy
    }

    @Override
    public void prepare() throws Exception {
        device = Files.createTempDirectory("bench-first-pull-device");
        if (platform != null) {
            return;
        }
        platform = InProcessPlatform.start();
        seed(platform, idKind);
    }

    /** {@link #RECORDS} households of the bench grid on the platform, its pages read once. */
    static void seed(InProcessPlatform platform, PullRecordIds idKind) {
        seed(platform, idKind, RECORDS);
    }

    /** {@code records} households of the bench grid on the platform, its pages read as many as 100,000 times. */
    static void seed(InProcessPlatform platform, PullRecordIds idKind, int records) {
        HttpSyncClient seeder;
        try {
            seeder = platform.signIn(SEEDER);
        } catch (Exception e) {
            throw new IllegalStateException("seeder sign-in failed", e);
        }
        long clock = System.currentTimeMillis();
        List<String> ids = idKind.ids(records);
        for (int from = 0; from < records; from += BATCH) {
            List<Change> changes = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(records, from + BATCH); i++) {
                Map<String, Object> fields = Map.of("grid", InProcessPlatform.GRID, "divisionCode", InProcessPlatform.GRID,
                        "address", "幸福村" + (i / 100 + 1) + "组" + (i % 100 + 1) + "号", "householdType", "1");
                String id = ids.get(i);
                changes.add(new Change("household", id, 0L, fields, false, new Hlc(++clock, 0, SEEDER).toString()));
            }
            InProcessPlatform.pushAccepted(seeder, SEEDER, changes);
        }
        for (int pass = 0; pass < Math.max(1, RECORDS / records); pass++) { // a smaller grid is served as often
            readEveryPage(seeder);
        }
    }

    /**
     * A county platform runs for months, so its pages are served warm: one pass over every page (read, not stored)
     * keeps the platform's first-time costs out of the first run, which then shows the laptop's own cold start.
     */
    private static void readEveryPage(HttpSyncClient client) {
        ChangesPage page;
        long after = 0;
        do {
            page = client.pull(after, SessionSettings.standard().pageSize());
            after = page.next();
        } while (page.hasMore());
    }

    @Override
    public double measure() throws Exception {
        round++;
        HttpSyncClient laptop = platform.signIn("bench-laptop-" + round);
        try (DeviceSession session = VaultFactory.open(device).create(PASSPHRASE.toCharArray())) {
            long start = System.nanoTime();
            SyncOutcome outcome = new SyncSession(session.records(), laptop, session.clock(),
                    SessionSettings.standard(), (phase, counters) -> { }).run();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (outcome.ending() != SyncOutcome.Ending.COMPLETED || outcome.counters().pulled() != RECORDS) {
                throw new IllegalStateException("pull ended " + outcome.ending() + " after "
                        + outcome.counters().pulled() + " records", outcome.failure());
            }
            return seconds;
        }
    }

    @Override
    public void cleanUp() {
        TempFolders.deleteQuietly(device);
    }

    @Override
    public void finish() {
        if (platform != null) {
            platform.close();
        }
    }
}
