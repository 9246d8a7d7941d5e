package org.griddesk.desktop.service;

/**
 * What to build for each kind of session, chosen by the session itself ({@link DeviceSession#wire}), so that the
 * composition root gets the encrypted store's own type without asking a session what it is.
 */
public interface SessionWiring<T> {

    /** The worker's encrypted store: every service. */
    T encrypted(EncryptedDeviceSession session);

    /** Any other session (the in-memory ones of screen tests): their workspaces show an honest empty state. */
    T other(DeviceSession session);
}
