package org.griddesk.desktop.ui.passphrase;

import org.griddesk.desktop.service.PassphraseStrength;

/** Rates a passphrase while it is typed; the service layer's policy is the one plugged in at start-up. */
@FunctionalInterface
public interface PassphraseAssessor {

    PassphraseStrength assess(char[] passphrase);
}
