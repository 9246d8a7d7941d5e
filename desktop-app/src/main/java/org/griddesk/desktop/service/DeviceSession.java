package org.griddesk.desktop.service;

import org.griddesk.desktop.store.sync.LocalRecords;
import org.griddesk.sync.clock.HybridLogicalClock;

/**
 * An unlocked store and the services that work on it. Closing it locks the store again (the idle lock and
 * sign-out both close the session).
 */
public interface DeviceSession extends AutoCloseable {

    SettingsService settings();

    StatusService status();

    /** The sync engine's store of this session, with the bulk reads lists and maps need. */
    LocalRecords records();

    /** The device's hybrid logical clock; edits go through {@code new LocalChanges(records(), clock())}. */
    HybridLogicalClock clock();

    /** Starts what only a screen needs (the platform probe behind online/offline); the command line never does. */
    default void startBackgroundWork() {
    }

    /** Hands this session to the wiring for its kind; built once per unlock, off the FX thread. */
    default <T> T wire(SessionWiring<T> wiring) {
        return wiring.other(this);
    }

    /** Derby re-keys the store with the new boot password; the old passphrase must be right. */
    void changePassphrase(char[] current, char[] next) throws VaultException;

    @Override
    void close();
}
