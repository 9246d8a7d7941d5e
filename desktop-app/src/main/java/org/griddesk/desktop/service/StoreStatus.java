package org.griddesk.desktop.service;

import org.griddesk.desktop.store.StatusCounts;

/** Counts come from the store; online comes from the probe's cached answer, so this never waits on the network. */
public final class StoreStatus implements StatusService {

    private final StatusCounts counts;
    private final PlatformProbe probe;

    public StoreStatus(StatusCounts counts, PlatformProbe probe) {
        this.counts = counts;
        this.probe = probe;
    }

    @Override
    public StatusSnapshot snapshot() {
        return new StatusSnapshot(probe.lastKnownOnline(), counts.pendingRecords(), counts.openConflicts(),
                counts.lastSuccessfulSync(), probe.answeredForCurrentAddress());
    }
}
