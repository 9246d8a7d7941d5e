package org.griddesk.sync.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.HeldRecord;
import org.griddesk.sync.store.RebasedRecord;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PulledRecord;
import org.griddesk.sync.wire.WireConversions;

/**
 * Applies one pulled page and its cursor atomically, so an interrupted pull resumes after the last
 * page it fully applied. Pulled records replace the base; pending edits are re-applied on top.
 * The device's state of a page's records is read in one go and the new bases and views written in one go: asked
 * record by record, a first pull of a whole village spent most of its time in small queries.
 */
final class PullApplier {

    private final DeviceStore store;
    private final HybridLogicalClock clock;
    private final LocalViews views;

    PullApplier(DeviceStore store, HybridLogicalClock clock, LocalViews views) {
        this.store = store;
        this.clock = clock;
        this.views = views;
    }

    /** Keys the device may hold while pulling from the start; null when unknown (then every key is looked up). */
    private Set<RecordKey> mayHold;

    /**
     * A pull from cursor 0 begins: the device holds exactly these keys, and the pull itself adds the others. A new
     * laptop then looks nothing up, where it would otherwise ask Derby about every one of 100,000 absent keys.
     */
    void startFromScratch(Set<RecordKey> held) {
        mayHold = new HashSet<>(held);
    }

    void stopTracking() {
        mayHold = null;
    }

    void apply(ChangesPage page) {
        store.atomically(() -> {
            runsOfDistinctRecords(page.records()).forEach(this::applyRun);
            store.savePullCursor(page.next());
        });
    }

    /**
     * Splits the page where a record comes again, so that each run is read before any of it is written and a
     * later copy of a record still sees what the earlier one wrote.
     */
    private static List<List<PulledRecord>> runsOfDistinctRecords(List<PulledRecord> records) {
        List<List<PulledRecord>> runs = new ArrayList<>();
        List<PulledRecord> run = new ArrayList<>();
        Set<RecordKey> keys = new HashSet<>();
        for (PulledRecord pulled : records) {
            if (!keys.add(key(pulled))) {
                runs.add(run);
                run = new ArrayList<>();
                keys.clear();
                keys.add(key(pulled));
            }
            run.add(pulled);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private void applyRun(List<PulledRecord> run) {
        Map<RecordKey, HeldRecord> held = heldOf(run.stream().map(PullApplier::key).toList());
        List<RebasedRecord> rebased = new ArrayList<>(run.size());
        for (PulledRecord pulled : run) {
            RecordKey key = key(pulled);
            if (pulled.hlc() != null) {
                clock.receive(Hlc.parse(pulled.hlc()));
            }
            HeldRecord before = held.getOrDefault(key, HeldRecord.NOTHING);
            if (pulled.leftScope()) {
                leaveScope(key, before);
                continue;
            }
            if (before.leftScope()) {
                store.setLeftScope(key, false);
            }
            SyncRecord record = WireConversions.toRecord(pulled);
            if (before.baseRev() > record.rev()) {
                continue; // a push answer already gave us a newer state
            }
            boolean notLookedUp = !held.containsKey(key); // left out by heldOf: the device cannot hold it
            rebased.add(new RebasedRecord(record, views.rebase(key, record, before.pending()), statusAfter(before),
                    notLookedUp));
        }
        store.putRebased(rebased);
    }

    /** A superset of the held keys is safe (a key too many is only looked up); a key missing from it is not. */
    private Map<RecordKey, HeldRecord> heldOf(List<RecordKey> keys) {
        if (mayHold == null) {
            return store.held(keys);
        }
        List<RecordKey> maybeHeld = keys.stream().filter(mayHold::contains).toList();
        Map<RecordKey, HeldRecord> held = maybeHeld.isEmpty() ? Map.of() : store.held(maybeHeld);
        mayHold.addAll(keys);
        return held;
    }

    private void leaveScope(RecordKey key, HeldRecord before) {
        // the device must not keep data it may no longer hold, but an edit leaves it only once the platform
        // has it (pushed next, kept for review there) or the worker discards it (a refused edit stays REJECTED)
        if (before.hasPending()) {
            store.setLeftScope(key, true);
        } else {
            store.dropRecord(key);
        }
    }

    /** Synced once nothing is pending, unless a conflict is still open; null keeps the state as it is. */
    private static RecordSyncStatus statusAfter(HeldRecord before) {
        RecordSyncStatus status = before.status();
        boolean becomesSynced = !before.hasPending() && status.state() != SyncState.CONFLICT
                && !status.equals(RecordSyncStatus.SYNCED);
        return becomesSynced ? RecordSyncStatus.SYNCED : null;
    }

    private static RecordKey key(PulledRecord pulled) {
        return new RecordKey(pulled.type(), pulled.id());
    }
}
