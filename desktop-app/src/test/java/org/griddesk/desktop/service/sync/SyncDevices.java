package org.griddesk.desktop.service.sync;

import java.nio.file.Path;
import java.time.Duration;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.RetryPolicy;

/** Devices with real encrypted stores for the sync tests. */
public final class SyncDevices {

    public static final char[] PASSPHRASE = "同步设备-passphrase-42".toCharArray();
    /** One attempt, short timeouts: an unreachable platform is reported at once instead of after back-off. */
    public static final ClientSettings QUICK = new ClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(30),
            new RetryPolicy(1, Duration.ZERO, Duration.ZERO));

    private SyncDevices() {
    }

    public static EncryptedDeviceSession create(Path dataDir) throws Exception {
        return vault(dataDir).create(PASSPHRASE.clone());
    }

    public static EncryptedDeviceSession unlock(Path dataDir) throws Exception {
        return vault(dataDir).unlock(PASSPHRASE.clone());
    }

    public static EncryptedVault vault(Path dataDir) {
        return new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1));
    }
}
