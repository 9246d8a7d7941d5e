package org.griddesk.desktop.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.griddesk.desktop.service.LanguagePreference;
import org.griddesk.desktop.service.PassphrasePolicy;
import org.griddesk.desktop.service.Vault;
import org.griddesk.desktop.service.VaultFactory;
import org.griddesk.desktop.ui.common.DemoNotice;
import org.griddesk.desktop.ui.common.LanguageStore;
import org.griddesk.desktop.ui.passphrase.PassphraseAssessor;
import org.griddesk.desktop.ui.practice.PracticeStarter;

/** Everything the screens need from the rest of the application, handed over once at start-up. */
public record UiStartup(Vault vault, PassphraseAssessor assessor, LanguageStore languageStore,
                        Optional<DemoNotice> demo, Optional<PracticeStarter> practice) {

    public UiStartup {
        Objects.requireNonNull(vault, "vault");
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(languageStore, "languageStore");
        demo = demo == null ? Optional.empty() : demo;
        practice = practice == null ? Optional.empty() : practice;
    }

    /** Without practice mode. */
    public UiStartup(Vault vault, PassphraseAssessor assessor, LanguageStore languageStore, Optional<DemoNotice> demo) {
        this(vault, assessor, languageStore, demo, Optional.empty());
    }

    /** The same start-up with 练习模式 offered on the entry screens and in 设置. */
    public UiStartup withPractice(PracticeStarter starter) {
        return new UiStartup(vault, assessor, languageStore, demo, Optional.of(starter));
    }

    /** The production wiring for one data folder: the encrypted store, the passphrase policy, the language file. */
    public static UiStartup forDataDir(Path dataDir, Optional<DemoNotice> demo) {
        LanguagePreference preference = new LanguagePreference(dataDir);
        LanguageStore languageStore = new LanguageStore() {
            @Override
            public Optional<Locale> read() {
                return Optional.of(preference.read());
            }

            @Override
            public void write(Locale language) {
                preference.write(language);
            }
        };
        return new UiStartup(VaultFactory.open(dataDir), PassphrasePolicy::assess, languageStore, demo);
    }
}
