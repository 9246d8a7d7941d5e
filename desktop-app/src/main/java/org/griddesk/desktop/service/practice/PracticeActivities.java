package org.griddesk.desktop.service.practice;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.applications.ApplicationDrafts;
import org.griddesk.desktop.store.StatusCounts;
import org.griddesk.desktop.store.sync.SyncLogTable;
import org.griddesk.model.record.RecordType;

/** Counts, in a practice store, what the tour's steps leave behind. A practice store is small: plain counts do. */
public final class PracticeActivities {

    private static final int SYNC_RUNS_LOOKED_AT = 10_000;

    private PracticeActivities() {
    }

    /** Runs off the FX thread. */
    public static PracticeActivity of(EncryptedDeviceSession session) {
        int visits = session.records().localViews(RecordType.VISIT.wireName()).size();
        int issues = session.records().localViews(RecordType.ISSUE.wireName()).size();
        int applications = session.records().localViews(RecordType.APPLICATION.wireName()).size()
                + new ApplicationDrafts(session.store().applicationDrafts()).all().size();
        int syncs = (int) new SyncLogTable(session.store()::connect).recent(SYNC_RUNS_LOOKED_AT).stream()
                .filter(run -> StatusCounts.SYNC_OK.equals(run.outcome())).count();
        return new PracticeActivity(visits, issues, applications, syncs);
    }
}
