package org.griddesk.desktop.store;

import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Turns a passphrase into a Derby boot key with PBKDF2-HMAC-SHA256, as described by a {@link KeyFile}. */
final class KeyDerivation {

    private static final int KEY_BITS = 256;

    private KeyDerivation() {
    }

    static BootKey derive(char[] passphrase, KeyFile keyFile) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, keyFile.salt(), keyFile.iterations(), KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance(keyFile.kdf()).generateSecret(spec).getEncoded();
            return new BootKey(HexFormat.of().formatHex(key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key derivation " + keyFile.kdf() + " unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }
}
