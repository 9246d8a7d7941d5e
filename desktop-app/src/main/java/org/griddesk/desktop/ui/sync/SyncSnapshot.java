package org.griddesk.desktop.ui.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.griddesk.desktop.service.sync.SignedInAccount;
import org.griddesk.desktop.service.sync.SyncRun;
import org.griddesk.desktop.service.sync.SyncService;
import org.griddesk.desktop.ui.common.PlatformErrorText;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.LocalConflict;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.ErrorCodes;

/** What the 同步 workspace shows, read in one background task. */
record SyncSnapshot(Optional<SignedInAccount> account, Optional<String> platformUrl, List<SyncRun> runs,
                    List<TroubleRow> troubles, boolean autoSync) {

    static SyncSnapshot read(SyncService sync, int runsShown) {
        List<TroubleRow> troubles = new ArrayList<>();
        sync.troubled().forEach(t -> troubles.add(new TroubleRow(new Message("sync.trouble." + t.status().state()
                .name().toLowerCase(Locale.ROOT), t.key().type(), shortId(t.key()), reason(t.status())),
                t.status().state() == SyncState.REJECTED ? t.key() : null)));
        for (LocalConflict c : sync.conflicts()) {
            troubles.add(new TroubleRow(new Message("sync.conflict.entry", c.record().type(), shortId(c.record()),
                    c.conflict().field(), DisplayValues.of(c.conflict().field(), c.conflict().mine()),
                    DisplayValues.of(c.conflict().field(), c.conflict().theirs()),
                    new Message("sync.conflict.kept." + c.conflict().kept().name().toLowerCase(Locale.ROOT))),
                    null));
        }
        return new SyncSnapshot(sync.account(), sync.platformUrl(), sync.recentRuns(runsShown), troubles,
                sync.autoSync());
    }

    private static String shortId(RecordKey key) {
        String id = key.id();
        return id.length() > 8 ? "…" + id.substring(id.length() - 8) : id;
    }

    /** The platform's reason in the worker's language, never as the platform's code or English. */
    private static Object reason(RecordSyncStatus status) {
        if (status.reason() != null && status.reason().startsWith(ErrorCodes.KEPT_FOR_REVIEW + ":")) {
            return new Message("sync.reason.kept_for_review");
        }
        Message words = PlatformErrorText.ofStatus(status);
        return words == null ? "" : words;
    }
}
