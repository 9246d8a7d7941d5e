package org.griddesk.desktop.service;

/** A hint shown while the worker chooses a passphrase; WEAK passphrases are refused. */
public enum PassphraseStrength {
    WEAK, FAIR, STRONG
}
