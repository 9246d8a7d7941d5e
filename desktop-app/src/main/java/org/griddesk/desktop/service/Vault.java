package org.griddesk.desktop.service;

import java.time.Duration;

/**
 * The worker's encrypted device store, seen from the screens: create it on first start, unlock it later,
 * change its passphrase. Implementations must never keep the passphrase longer than a call needs it.
 */
public interface Vault {

    /** True once a store has been created in this data folder. */
    boolean isInitialised();

    /** First start: creates the encrypted store, runs the migrations and returns it unlocked. */
    DeviceSession create(char[] passphrase) throws VaultException;

    /** Opens the store and runs pending migrations. A wrong passphrase touches no data. */
    DeviceSession unlock(char[] passphrase) throws VaultException;

    /** How long the worker must wait before the next attempt is accepted (zero when none). */
    Duration retryDelay();
}
