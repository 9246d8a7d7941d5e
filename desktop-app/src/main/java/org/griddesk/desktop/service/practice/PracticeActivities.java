package org.griddesk.desktop.service.practice;

import org.griddesk.desktop.service.DeviceSession;
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

    /** Runs off the FX thread. Sessions without an encrypted store (view tests) have done nothing. */
    public static PracticeActivity of(DeviceSession session) {
        if (!(session instanceof EncryptedDeviceSession encrypted)) {
            return PracticeActivity.NONE;
        }
        int visits = encrypted.records().localViews(RecordType.VISIT.wireName()).size();
        int issues = encrypted.records().localViews(RecordType.ISSUE.wireName()).size();
        int applications = encrypted.records().localViews(RecordType.APPLICATION.wireName()).size()
                + new ApplicationDrafts(encrypted.store().applicationDrafts()).all().size();
        int syncs = (int) new SyncLogTable(encrypted.store()::connect).recent(SYNC_RUNS_LOOKED_AT).stream()
                .filter(run -> StatusCounts.SYNC_OK.equals(run.outcome())).count();
        return new PracticeActivity(visits, issues, applications, syncs);
    }
}
