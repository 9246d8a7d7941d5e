package org.griddesk.desktop.service.today;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.applications.ApplicationDrafts;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.sync.SyncAccountStore;

/** Wires 今日 onto an unlocked encrypted session. */
public final class Today {

    private Today() {
    }

    /** Empty for sessions without an encrypted store (the in-memory ones of screen tests). */
    public static Optional<TodayService> forSession(DeviceSession session) {
        if (!(session instanceof EncryptedDeviceSession encrypted)) {
            return Optional.empty();
        }
        SyncAccountStore accounts = new SyncAccountStore(encrypted.store().settings());
        ApplicationDrafts seen = new ApplicationDrafts(encrypted.store().applicationDrafts());
        return Optional.of(new TodayService(encrypted.records(), Clock.system(Registries.CHINA),
                () -> encrypted.settings().visitIntervalDays(), seen::seenStatuses,
                () -> accounts.account()
                        .map(account -> new TodayAccount(account.username().isBlank() ? null : account.username(),
                                Set.copyOf(account.grids())))
                        .orElse(TodayAccount.nobody())));
    }
}
