package org.griddesk.desktop.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.griddesk.desktop.service.DisplayPreference;
import org.griddesk.desktop.service.LanguagePreference;
import org.griddesk.desktop.service.PassphrasePolicy;
import org.griddesk.desktop.service.SessionWiring;
import org.griddesk.desktop.service.Vault;
import org.griddesk.desktop.service.VaultFactory;
import org.griddesk.desktop.service.device.DeviceServices;
import org.griddesk.desktop.ui.common.DemoNotice;
import org.griddesk.desktop.ui.common.DisplayChoice;
import org.griddesk.desktop.ui.common.DisplayStore;
import org.griddesk.desktop.ui.common.LanguageStore;
import org.griddesk.desktop.ui.passphrase.PassphraseAssessor;
import org.griddesk.desktop.ui.practice.PracticeStarter;

/** Everything the screens need from the rest of the application, handed over once at start-up. */
public record UiStartup(Vault vault, PassphraseAssessor assessor, LanguageStore languageStore,
                        Optional<DemoNotice> demo, DisplayStore displayStore, Optional<PracticeStarter> practice,
                        SessionWiring<DeviceServices> wiring) {

    public UiStartup {
        Objects.requireNonNull(vault, "vault");
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(languageStore, "languageStore");
        demo = demo == null ? Optional.empty() : demo;
        displayStore = displayStore == null ? DisplayStore.inMemory() : displayStore;
        practice = practice == null ? Optional.empty() : practice;
        wiring = wiring == null ? DeviceServices.nothing() : wiring;
    }

    /** Without services behind the workspaces unless {@link #withWiring} adds them. */
    public UiStartup(Vault vault, PassphraseAssessor assessor, LanguageStore languageStore,
                     Optional<DemoNotice> demo, DisplayStore displayStore, Optional<PracticeStarter> practice) {
        this(vault, assessor, languageStore, demo, displayStore, practice, null);
    }

    /** Without a display file (长辈版 and zoom then last as long as the window) and without practice mode. */
    public UiStartup(Vault vault, PassphraseAssessor assessor, LanguageStore languageStore,
                     Optional<DemoNotice> demo) {
        this(vault, assessor, languageStore, demo, DisplayStore.inMemory());
    }

    /** Without practice mode. */
    public UiStartup(Vault vault, PassphraseAssessor assessor, LanguageStore languageStore,
                     Optional<DemoNotice> demo, DisplayStore displayStore) {
        this(vault, assessor, languageStore, demo, displayStore, Optional.empty());
    }

    /** The same start-up with 练习模式 offered on the entry screens and in 设置. */
    public UiStartup withPractice(PracticeStarter starter) {
        return new UiStartup(vault, assessor, languageStore, demo, displayStore, Optional.of(starter), wiring);
    }

    /** The same start-up with each unlocked session's services built by {@code wiring} (the composition root's). */
    public UiStartup withWiring(SessionWiring<DeviceServices> wiring) {
        return new UiStartup(vault, assessor, languageStore, demo, displayStore, practice, wiring);
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
        return new UiStartup(VaultFactory.open(dataDir), PassphrasePolicy::assess, languageStore, demo,
                displayFile(new DisplayPreference(dataDir)));
    }

    private static DisplayStore displayFile(DisplayPreference preference) {
        return new DisplayStore() {
            @Override
            public DisplayChoice read() {
                DisplayPreference.Saved saved = preference.read();
                return new DisplayChoice(saved.large(), saved.zoomPercent());
            }

            @Override
            public void write(DisplayChoice choice) {
                preference.write(new DisplayPreference.Saved(choice.large(), choice.zoomPercent()));
            }
        };
    }
}
