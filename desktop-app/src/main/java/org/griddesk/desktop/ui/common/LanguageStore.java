package org.griddesk.desktop.ui.common;

import java.util.Locale;
import java.util.Optional;

/** The language kept outside the encrypted store, so the unlock screen speaks it before anything is unlocked. */
public interface LanguageStore {

    Optional<Locale> read();

    void write(Locale language);
}
