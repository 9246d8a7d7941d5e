package org.griddesk.desktop.store.blobs;

import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.griddesk.desktop.store.SettingsTable;

/**
 * The one AES-256 key all attachments are encrypted with. It is random, made on first use and kept only in the
 * encrypted settings table, so the blob files are worthless without the worker's passphrase.
 */
final class BlobKey {

    static final String SETTING = "blobs.key";
    private static final int KEY_BYTES = 32;

    private BlobKey() {
    }

    static synchronized SecretKey loadOrCreate(SettingsTable settings, SecureRandom random) {
        String stored = settings.get(SETTING).orElse(null);
        if (stored == null) {
            byte[] fresh = new byte[KEY_BYTES];
            random.nextBytes(fresh);
            stored = Base64.getEncoder().encodeToString(fresh);
            settings.put(SETTING, stored);
        }
        return new SecretKeySpec(Base64.getDecoder().decode(stored), "AES");
    }
}
