package org.griddesk.desktop.ui.testing;

import org.griddesk.desktop.service.PassphraseStrength;
import org.griddesk.desktop.ui.passphrase.PassphraseAssessor;

/** A stand-in rule for tests that are about the screens, not about the policy: under 8 weak, under 14 fair. */
public final class LengthAssessor implements PassphraseAssessor {

    @Override
    public PassphraseStrength assess(char[] passphrase) {
        if (passphrase.length < 8) {
            return PassphraseStrength.WEAK;
        }
        return passphrase.length < 14 ? PassphraseStrength.FAIR : PassphraseStrength.STRONG;
    }
}
