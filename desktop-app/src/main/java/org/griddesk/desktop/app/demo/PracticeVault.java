package org.griddesk.desktop.app.demo;


import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.sync.SignInException;
import org.griddesk.desktop.service.sync.SyncAccountStore;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.sync.client.ClientSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The practice store. Every session it hands out is restricted to the practice platform before anyone gets it, and
 * once that platform listens the session admits its address and signs the demo worker in on it, so the tour's
 * last step (同步) needs no typing. The real platform is never an address such a session may use.
 */
public final class PracticeVault extends PreparingVault {

    private static final Logger LOG = LoggerFactory.getLogger(PracticeVault.class);

    private final DemoPlatform platform;

    public PracticeVault(EncryptedVault vault, DemoPlatform platform) {
        super(vault);
        this.platform = platform;
    }

    @Override
    DeviceSession prepared(EncryptedDeviceSession session) {
        restrict(session);
        platform.whenReady(url -> follow(session, url));
        return session;
    }

    static void restrict(EncryptedDeviceSession session) {
        new SyncAccountStore(session.store().settings()).restrictToPracticePlatform();
    }

    private void follow(EncryptedDeviceSession session, String url) {
        try {
            SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
            accounts.admitPracticePlatform(url);
            session.settings().setPlatformUrl(url);
            if (accounts.token().isPresent()) {
                // signed in during an earlier round: the platform may listen on another port now
                accounts.movePlatform(url);
                return;
            }
            DemoAccounts demo = platform.accounts();
            SyncServices.of(session, ClientSettings.standard())
                    .signIn(url, demo.workerUsername(), demo.workerPassword().toCharArray());
        } catch (SignInException | RuntimeException e) {
            // Left practice before the platform came up, or it refused: the worker can sign in on 同步.
            LOG.info("Practice platform sign-in not done: {}", e.toString());
        }
    }
}
