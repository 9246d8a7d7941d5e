package org.griddesk.desktop.service.today;

import java.time.Clock;
import java.util.Set;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.applications.ApplicationDrafts;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.sync.SyncAccountStore;

/** Builds 今日's service on an unlocked encrypted session. */
public final class Today {

    private Today() {
    }

    public static TodayService forSession(EncryptedDeviceSession session) {
        SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
        ApplicationDrafts seen = new ApplicationDrafts(session.store().applicationDrafts());
        return new TodayService(session.records(), Clock.system(Registries.CHINA),
                () -> session.settings().visitIntervalDays(), seen::seenStatuses,
                () -> accounts.account()
                        .map(account -> new TodayAccount(account.username().isBlank() ? null : account.username(),
                                Set.copyOf(account.grids())))
                        .orElse(TodayAccount.nobody()));
    }
}
