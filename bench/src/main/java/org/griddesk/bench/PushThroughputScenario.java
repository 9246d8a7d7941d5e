package org.griddesk.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BiFunction;

import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;

/**
 * A device pushes 10,000 residents in batches of the size the desktop reaches on a LAN, two on their way at once as the
 * desktop sends them, to the real platform over HTTP on 127.0.0.1: validation, duplicate checks, the field merge and
 * the PostgreSQL writes are all in the figure. Either a change to each of 10,000 residents it already synced (one field
 * each), or 10,000 new residents, as a village's first upload sends them, into a county that grows by 10,000 each run
 * (each is checked for duplicates).
 */
final class PushThroughputScenario implements Scenario {

    /** What the device pushes. */
    enum Kind {
        CHANGED("push 10k changed residents, merged on PostgreSQL"),
        NEW("push 10k new residents, checked for duplicates on PostgreSQL");

        private final String scenarioName;

        Kind(String scenarioName) {
            this.scenarioName = scenarioName;
        }
    }

    private static final int RECORDS = 10_000;
    /**
     * The desktop's batch ceiling. A desktop session starts at 50 records a batch and doubles while full batches are
     * answered within 4 s (BatchSizer), so on a LAN it pushes at this size from its fifth batch on; the figure is what
     * a worker's laptop gets there, not a tuned bulk load. A 2G line stays at 50 or below and is measured by
     * TypicalDayAt2gScenario.
     */
    private static final int BATCH = SessionSettings.standard().batchSize();
    private static final String DEVICE = "bench-device";
    /**
     * Rounds of changes pushed before the first measured one, until the JIT has settled (JitWarmUp). A county platform
     * serves pushes for months, so its figure is the warm one: after a fixed 3 rounds, C2 was still a quarter of the
     * bench JVM's CPU in the measured rounds, compiling code that runs once per batch.
     */
    private final JitWarmUp warmUp = JitWarmUp.ofThisJvm();

    private final Kind kind;
    private InProcessPlatform platform;
    private HttpSyncClient client;
    /**
     * Batches on their way at once, as the desktop sends them over HTTP (ClientSettings): the platform still judges
     * them one after the other, under its county lock, so seq keeps following commit order.
     */
    private static final int IN_FLIGHT = ClientSettings.standard().pushesInFlight();

    private final ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT, task -> {
        Thread thread = new Thread(task, "bench-push");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Long> revs = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> creates = new LinkedHashMap<>();
    private Map<String, Map<String, Object>> village;
    private long clock = System.currentTimeMillis();
    private int round;

    PushThroughputScenario(Kind kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind.scenarioName;
    }

    @Override
    public String unit() {
        return "records/s";
    }

    @Override
    public void prepare() throws Exception {
        if (platform != null) {
            if (kind == Kind.NEW) {
                village = nextVillage(); // the device's records are made before the clock starts, not by the push
            }
            return;
        }
        platform = InProcessPlatform.start();
        client = platform.signIn(DEVICE);
        if (kind == Kind.NEW) {
            village = nextVillage();
            pushNewResidents(); // the JIT warms on a first village, as a platform that has served others has
            village = nextVillage();
            return;
        }
        for (SyntheticResidents.Person p : SyntheticResidents.generate(RECORDS, 5)) {
            creates.put(uuid(p.id()), p.residentFields(uuid(p.householdNo())));
        }
        pushAll((id, i) -> creates.get(id), new ArrayList<>(creates.keySet()));
        System.err.println("  " + warmUp.warmUp(this::pushChangedPhones));
    }

    @Override
    public double measure() {
        long start = System.nanoTime();
        if (kind == Kind.NEW) {
            pushNewResidents();
        } else {
            pushChangedPhones();
        }
        return RECORDS / ((System.nanoTime() - start) / 1e9);
    }

    /** The residents of a village not yet uploaded, with ids and numbers of their own. */
    private Map<String, Map<String, Object>> nextVillage() {
        round++;
        Map<String, Map<String, Object>> residents = new LinkedHashMap<>();
        for (SyntheticResidents.Person p : SyntheticResidents.generate(RECORDS, 100 + round)) {
            String prefix = "village-" + round + "-";
            residents.put(uuid(prefix + p.id()), p.residentFields(uuid(prefix + p.householdNo())));
        }
        return residents;
    }

    private void pushNewResidents() {
        Map<String, Map<String, Object>> residents = village;
        pushAll((id, i) -> residents.get(id), new ArrayList<>(residents.keySet()));
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void pushChangedPhones() {
        round++;
        pushAll((id, i) -> Map.of("phone", "1390000" + String.format("%04d", (round * 7 + i) % 10_000)),
                new ArrayList<>(creates.keySet()));
    }

    /** Sends the batches as the desktop does: the next goes while the one before is judged (PushAhead). */
    private void pushAll(BiFunction<String, Integer, Map<String, Object>> set, List<String> ids) {
        Semaphore window = new Semaphore(IN_FLIGHT);
        List<Future<?>> sent = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Change> changes = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(ids.size(), from + BATCH); i++) {
                String id = ids.get(i);
                Hlc hlc = new Hlc(++clock, 0, DEVICE);
                changes.add(new Change("resident", id, revs.getOrDefault(id, 0L), set.apply(id, i), false, hlc.toString()));
            }
            window.acquireUninterruptibly();
            sent.add(senders.submit(() -> {
                try {
                    List<ChangeResult> results = kind == Kind.NEW ? InProcessPlatform.pushStored(client, DEVICE, changes)
                            : InProcessPlatform.pushAccepted(client, DEVICE, changes);
                    for (ChangeResult result : results) {
                        revs.put(result.id(), result.rev());
                    }
                } finally {
                    window.release();
                }
            }));
        }
        for (Future<?> batch : sent) {
            try {
                batch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("A push failed", e.getCause());
            }
        }
    }

    @Override
    public void finish() {
        senders.shutdownNow();
        if (platform != null) {
            platform.close();
        }
    }
}
