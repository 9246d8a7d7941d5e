package org.griddesk.desktop.ui.testing;

import java.util.Arrays;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.SettingsService;
import org.griddesk.desktop.service.StatusService;
import org.griddesk.desktop.service.StatusSnapshot;
import org.griddesk.desktop.service.VaultException;

/** A session over in-memory settings whose passphrase can be changed, as the store does it. */
public final class InMemorySession implements DeviceSession {

    private final InMemorySettings settings;
    private final InMemoryVault vault;
    private StatusSnapshot status = new StatusSnapshot(false, 0, 0, java.util.Optional.empty());
    private boolean closed;
    private final InMemoryLocalRecords records = new InMemoryLocalRecords();
    private final org.griddesk.sync.clock.HybridLogicalClock clock =
            new org.griddesk.sync.clock.HybridLogicalClock("test-device", System::currentTimeMillis);

    InMemorySession(InMemoryVault vault, InMemorySettings settings) {
        this.vault = vault;
        this.settings = settings;
    }

    @Override
    public SettingsService settings() {
        return settings;
    }

    @Override
    public StatusService status() {
        return () -> status;
    }

    @Override
    public InMemoryLocalRecords records() {
        return records;
    }

    @Override
    public org.griddesk.sync.clock.HybridLogicalClock clock() {
        return clock;
    }

    public void setStatus(StatusSnapshot status) {
        this.status = status;
    }

    @Override
    public void changePassphrase(char[] current, char[] next) throws VaultException {
        if (!Arrays.equals(current, vault.passphrase())) {
            throw new VaultException(VaultException.Reason.WRONG_PASSPHRASE, "wrong");
        }
        vault.replacePassphrase(next);
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }
}
