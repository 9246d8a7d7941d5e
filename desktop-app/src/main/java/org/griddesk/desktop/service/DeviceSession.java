package org.griddesk.desktop.service;

/**
 * An unlocked store and the services that work on it. Closing it locks the store again (the idle lock and
 * sign-out both close the session).
 */
public interface DeviceSession extends AutoCloseable {

    SettingsService settings();

    StatusService status();

    /** Derby re-keys the store with the new boot password; the old passphrase must be right. */
    void changePassphrase(char[] current, char[] next) throws VaultException;

    @Override
    void close();
}
