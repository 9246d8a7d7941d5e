package org.griddesk.desktop.service.sync;

import org.griddesk.sync.session.SyncCounters;
import org.griddesk.sync.session.SyncPhase;

/** Hears about a running sync after every batch and page, on the sync's own thread. */
@FunctionalInterface
public interface SyncProgress {

    SyncProgress NONE = (phase, counters) -> { };

    void update(SyncPhase phase, SyncCounters counters);
}
