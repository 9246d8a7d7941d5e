package org.griddesk.sync.session;

/** What a sync session did so far, by outcome. */
public record SyncCounters(int pushed, int applied, int merged, int conflicts, int rejected, int pulled) {

    public static final SyncCounters ZERO = new SyncCounters(0, 0, 0, 0, 0, 0);
}
