package org.griddesk.desktop.service.review;

import java.time.Clock;
import java.util.Optional;

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

    /** Empty unless the signed-in account is a supervisor's or an administrator's; reads the settings. */
    public static Optional<ReviewService> forSession(EncryptedDeviceSession session) {
        SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
        Optional<SignedInAccount> account = accounts.account()
                .filter(SignedInAccount::reviews);
        ApplicationSheets sheets = new ApplicationSheets(() -> Applications.open(session),
                SyncServices.blobs(session, ClientSettings.standard()).downloads(accounts));
        return account.map(signedIn -> new ReviewService(new ReviewPlatform(signedIn.platformUrl(),
                () -> accounts.token().orElse("")), new WaitingDecisions(session.store().settings()),
                Clock.systemUTC(), sheets));
    }
}
