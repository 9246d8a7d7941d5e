package org.griddesk.sync.session;

import org.griddesk.sync.client.SyncException;

/** How a session ended; a failed or cancelled session resumes where it stopped on the next run. */
public record SyncOutcome(Ending ending, SyncCounters counters, SyncException failure) {

    public enum Ending { COMPLETED, CANCELLED, FAILED }

    public boolean completed() {
        return ending == Ending.COMPLETED;
    }
}
