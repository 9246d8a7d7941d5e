package org.griddesk.desktop.ui.testing;

import java.util.Locale;
import java.util.Optional;

import org.griddesk.desktop.ui.common.LanguageStore;

public final class InMemoryLanguageStore implements LanguageStore {

    private Locale language;

    @Override
    public Optional<Locale> read() {
        return Optional.ofNullable(language);
    }

    @Override
    public void write(Locale language) {
        this.language = language;
    }
}
