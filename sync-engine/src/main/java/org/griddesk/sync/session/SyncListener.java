package org.griddesk.sync.session;

/** Hears about a session's progress after every batch and every page (on the session's thread). */
@FunctionalInterface
public interface SyncListener {

    SyncListener NONE = (phase, counters) -> { };

    void onProgress(SyncPhase phase, SyncCounters counters);
}
