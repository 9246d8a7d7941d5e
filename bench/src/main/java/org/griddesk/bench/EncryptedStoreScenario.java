package org.griddesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.Vault;
import org.griddesk.desktop.service.VaultFactory;

/**
 * The encrypted Derby store as a worker meets it: created on first start, unlocked on every later one.
 * Both include the production key derivation (PBKDF2, 310,000 iterations) and the migrations.
 */
final class EncryptedStoreScenario implements Scenario {

    private static final String PASSPHRASE = "bench-网格-passphrase-2026";

    private final boolean create;
    private Path data;

    EncryptedStoreScenario(boolean create) {
        this.create = create;
    }

    @Override
    public String name() {
        return create ? "encrypted Derby store: create (KDF + migrations)" : "encrypted Derby store: unlock";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public void prepare() throws Exception {
        if (create || data == null) {
            data = Files.createTempDirectory("bench-store");
        }
        if (!create && !VaultFactory.open(data).isInitialised()) {
            VaultFactory.open(data).create(PASSPHRASE.toCharArray()).close();
        }
    }

    @Override
    public double measure() throws Exception {
        Vault vault = VaultFactory.open(data);
        long start = System.nanoTime();
        DeviceSession session = create ? vault.create(PASSPHRASE.toCharArray()) : vault.unlock(PASSPHRASE.toCharArray());
        double ms = (System.nanoTime() - start) / 1e6;
        session.close();
        return ms;
    }

    @Override
    public void cleanUp() {
        if (create) {
            TempFolders.deleteQuietly(data);
        }
    }
}
