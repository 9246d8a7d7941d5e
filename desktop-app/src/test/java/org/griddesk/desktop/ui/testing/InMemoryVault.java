package org.griddesk.desktop.ui.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.Vault;
import org.griddesk.desktop.service.VaultException;

/**
 * A vault for view-model tests: checks the passphrase like the real one, and can be told to fail the next
 * attempt with a given reason (throttling, a failed migration) that a real store is hard to drive into.
 */
public final class InMemoryVault implements Vault {

    private char[] passphrase;
    private final String role;
    private VaultException nextFailure;
    private Duration retryDelay = Duration.ZERO;
    private final List<String> attempts = new ArrayList<>();
    private InMemorySession lastSession;

    public InMemoryVault(String passphrase, String role) {
        this.passphrase = passphrase == null ? null : passphrase.toCharArray();
        this.role = role;
    }

    public static InMemoryVault empty() {
        return new InMemoryVault(null, null);
    }

    @Override
    public boolean isInitialised() {
        return passphrase != null;
    }

    @Override
    public DeviceSession create(char[] chosen) throws VaultException {
        attempts.add(new String(chosen));
        failIfTold();
        if (passphrase != null) {
            throw new VaultException(VaultException.Reason.ALREADY_INITIALISED, "exists");
        }
        passphrase = chosen.clone();
        return open();
    }

    @Override
    public DeviceSession unlock(char[] typed) throws VaultException {
        attempts.add(new String(typed));
        failIfTold();
        if (!Arrays.equals(typed, passphrase)) {
            throw new VaultException(VaultException.Reason.WRONG_PASSPHRASE, "wrong", Duration.ZERO, null);
        }
        return open();
    }

    private DeviceSession open() {
        lastSession = new InMemorySession(this, new InMemorySettings(role));
        return lastSession;
    }

    private void failIfTold() throws VaultException {
        if (nextFailure != null) {
            VaultException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
    }

    @Override
    public Duration retryDelay() {
        return retryDelay;
    }

    public void failNextWith(VaultException failure) {
        this.nextFailure = failure;
    }

    public void setRetryDelay(Duration retryDelay) {
        this.retryDelay = retryDelay;
    }

    /** Every passphrase the vault was asked to use, in order. */
    public List<String> attempts() {
        return attempts;
    }

    public InMemorySession lastSession() {
        return lastSession;
    }

    char[] passphrase() {
        return passphrase;
    }

    void replacePassphrase(char[] next) {
        passphrase = next.clone();
    }
}
