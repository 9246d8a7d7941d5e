package org.griddesk.desktop.app.demo;

import org.griddesk.desktop.service.Vault;

/** A prepared practice round: the practice store, the passphrase that opens it, and its platform (not started). */
public record PracticeSetup(Vault vault, String passphrase, DemoPlatform platform) {
}
