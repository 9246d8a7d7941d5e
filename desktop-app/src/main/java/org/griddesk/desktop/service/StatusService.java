package org.griddesk.desktop.service;

/** What the status bar shows; read on a background thread, never on the FX thread. */
public interface StatusService {

    StatusSnapshot snapshot();
}
