package org.griddesk.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;

/**
 * A device pushes a change to each of 10,000 residents it already synced (one field each, in batches of the size the
 * desktop reaches on a LAN) to the real platform over HTTP on 127.0.0.1: validation, duplicate checks, the field
 * merge and the PostgreSQL writes are all in the figure.
 */
final class PushThroughputScenario implements Scenario {

    private static final int RECORDS = 10_000;
    /**
     * The desktop's batch ceiling. A desktop session starts at 50 records a batch and doubles while full batches are
     * answered within 4 s (BatchSizer), so on a LAN it pushes at this size from its fifth batch on; the figure is what
     * a worker's laptop gets there, not a tuned bulk load. A 2G line stays at 50 or below and is measured by
     * TypicalDayAt2gScenario.
     */
    private static final int BATCH = SessionSettings.standard().batchSize();
    private static final String DEVICE = "bench-device";

    private InProcessPlatform platform;
    private HttpSyncClient client;
    private final Map<String, Long> revs = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> creates = new LinkedHashMap<>();
    private long clock = System.currentTimeMillis();
    private int round;

    @Override
    public String name() {
        return "push 10k changed residents, merged on PostgreSQL";
    }

    @Override
    public String unit() {
        return "records/s";
    }

    @Override
    public void prepare() throws Exception {
        if (platform != null) {
            return;
        }
        platform = InProcessPlatform.start();
        client = platform.signIn(DEVICE);
        for (SyntheticResidents.Person p : SyntheticResidents.generate(RECORDS, 5)) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("grid", InProcessPlatform.GRID);
            fields.put("householdId", UUID.nameUUIDFromBytes(p.householdNo().getBytes(StandardCharsets.UTF_8)).toString());
            fields.put("name", p.name());
            fields.put("idNumber", p.idNumber());
            fields.put("sex", p.sexCode());
            fields.put("birthDate", p.birthDate().toString());
            fields.put("ethnicity", "01");
            fields.put("relation", "02");
            fields.put("phone", p.phone());
            creates.put(UUID.nameUUIDFromBytes(p.id().getBytes(StandardCharsets.UTF_8)).toString(), fields);
        }
        pushAll((id, i) -> creates.get(id), new ArrayList<>(creates.keySet()));
    }

    @Override
    public double measure() {
        round++;
        List<String> ids = new ArrayList<>(creates.keySet());
        long start = System.nanoTime();
        pushAll((id, i) -> Map.of("phone", "1390000" + String.format("%04d", (round * 7 + i) % 10_000)), ids);
        return RECORDS / ((System.nanoTime() - start) / 1e9);
    }

    private void pushAll(BiFunction<String, Integer, Map<String, Object>> set, List<String> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Change> changes = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(ids.size(), from + BATCH); i++) {
                String id = ids.get(i);
                Hlc hlc = new Hlc(++clock, 0, DEVICE);
                changes.add(new Change("resident", id, revs.getOrDefault(id, 0L), set.apply(id, i), false, hlc.toString()));
            }
            for (ChangeResult result : InProcessPlatform.pushAccepted(client, DEVICE, changes)) {
                revs.put(result.id(), result.rev());
            }
        }
    }

    @Override
    public void finish() {
        if (platform != null) {
            platform.close();
        }
    }
}
