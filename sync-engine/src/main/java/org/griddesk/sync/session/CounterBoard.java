package org.griddesk.sync.session;

import org.griddesk.sync.merge.ResultStatus;

/** The running tally of one session. */
final class CounterBoard {

    private int pushed;
    private int applied;
    private int merged;
    private int conflicts;
    private int rejected;
    private int pulled;

    void pushed(int changes) {
        pushed += changes;
    }

    void result(ResultStatus status) {
        switch (status) {
            case APPLIED, DUPLICATE -> applied++;
            case MERGED -> merged++;
            case CONFLICT -> conflicts++;
            case REJECTED -> rejected++;
            default -> throw new IllegalStateException(status.name());
        }
    }

    void pulled(int records) {
        pulled += records;
    }

    SyncCounters snapshot() {
        return new SyncCounters(pushed, applied, merged, conflicts, rejected, pulled);
    }
}
