package org.griddesk.desktop.app.demo;


import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.PlatformAddress;
import org.griddesk.desktop.service.sync.SyncAccountStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo store: an ordinary vault whose sessions learn the demo platform's URL as soon as the platform is
 * listening, since the port is only known after the platform process has started.
 */
public final class DemoVault extends PreparingVault {

    private static final Logger LOG = LoggerFactory.getLogger(DemoVault.class);

    private final DemoPlatform platform;

    public DemoVault(EncryptedVault vault, DemoPlatform platform) {
        super(vault);
        this.platform = platform;
    }

    @Override
    DeviceSession prepared(EncryptedDeviceSession session) {
        platform.whenReady(url -> {
            try {
                session.settings().setPlatformUrl(url);
                // a demo store signed in before a restart follows its platform to the new address
                SyncAccountStore account = new SyncAccountStore(session.store().settings());
                if (account.account().map(a -> isLoopback(a.platformUrl())).orElse(false)) {
                    account.movePlatform(url);
                }
            } catch (RuntimeException e) {
                // The session was locked before the platform came up; the next unlock sets the URL.
                LOG.debug("Demo platform URL not stored: {}", e.toString());
            }
        });
        return session;
    }

    /** Only an account on this machine can be the demo platform's; a real county platform is never rewritten. */
    static boolean isLoopback(String url) {
        return PlatformAddress.isLoopback(url);
    }
}
