package org.griddesk.desktop.service.review;

import java.time.Clock;
import java.util.Optional;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.service.sync.SignedInAccount;
import org.griddesk.desktop.service.sync.SyncAccountStore;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.sync.client.ClientSettings;

/** Wires the review service of an unlocked store signed in as a supervisor or an administrator. */
public final class ReviewServices {

    private ReviewServices() {
    }

    public static Optional<ReviewService> forSession(DeviceSession session) {
        if (!(session instanceof EncryptedDeviceSession encrypted)) {
            return Optional.empty();
        }
        SyncAccountStore accounts = new SyncAccountStore(encrypted.store().settings());
        Optional<SignedInAccount> account = accounts.account()
                .filter(signedIn -> "supervisor".equals(signedIn.role()) || "admin".equals(signedIn.role()));
        ApplicationSheets sheets = new ApplicationSheets(() -> Applications.open(encrypted),
                SyncServices.blobs(encrypted, ClientSettings.standard()).downloads(accounts));
        return account.map(signedIn -> new ReviewService(new ReviewPlatform(signedIn.platformUrl(),
                () -> accounts.token().orElse("")), new WaitingDecisions(encrypted.store().settings()),
                Clock.systemUTC(), sheets));
    }
}
