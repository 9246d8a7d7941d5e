package org.griddesk.desktop.ui.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.SettingsService;
import org.griddesk.desktop.service.VaultException;
import org.griddesk.desktop.ui.common.LanguageStore;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.passphrase.NewPassphraseForm;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/** Language, idle lock and passphrase change; every write to the store runs in the background. */
public final class SettingsViewModel {

    static final int MIN_IDLE_MINUTES = Math.toIntExact(SettingsService.MIN_IDLE_LOCK.toMinutes());
    static final int MAX_IDLE_MINUTES = Math.toIntExact(SettingsService.MAX_IDLE_LOCK.toMinutes());

    private final DeviceSession session;
    private final LanguageStore languageStore;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Duration> onIdleLockChanged;

    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");
    private final StringProperty idleLockMinutes = new SimpleStringProperty(this, "idleLockMinutes", "");
    private final ObjectProperty<Message> idleLockError = new SimpleObjectProperty<>(this, "idleLockError");
    private final ObjectProperty<Message> idleLockSaved = new SimpleObjectProperty<>(this, "idleLockSaved");
    private final StringProperty currentPassphrase = new SimpleStringProperty(this, "currentPassphrase", "");
    private final ObjectProperty<Message> currentPassphraseError =
            new SimpleObjectProperty<>(this, "currentPassphraseError");
    private final NewPassphraseForm newPassphrase;
    private final ReadOnlyBooleanWrapper changingPassphrase = new ReadOnlyBooleanWrapper(this, "changingPassphrase");
    private final VisitReminderSetting visitReminder;
    private final ScannerFolderSetting scannerFolder;

    public SettingsViewModel(SettingsContext context, Duration idleLock, Consumer<Duration> onIdleLockChanged) {
        this.session = context.session();
        this.languageStore = context.languageStore();
        this.localization = context.localization();
        this.executor = context.executor();
        this.dialogs = context.dialogs();
        this.onIdleLockChanged = onIdleLockChanged;
        this.newPassphrase = new NewPassphraseForm(context.assessor());
        language.set(localization.getLocale());
        idleLockMinutes.set(Long.toString(idleLock.toMinutes()));
        idleLockMinutes.addListener((observable, before, now) -> {
            idleLockError.set(null);
            idleLockSaved.set(null);
        });
        currentPassphrase.addListener((observable, before, now) -> currentPassphraseError.set(null));
        visitReminder = new VisitReminderSetting(session.settings(), executor);
        visitReminder.load();
        scannerFolder = new ScannerFolderSetting(session.settings(), executor);
        scannerFolder.load();
    }

    /** The scanner's folder for the image questions of applications. */
    public ScannerFolderSetting scannerFolder() {
        return scannerFolder;
    }

    /** The 走访提醒 days of 今日. */
    public VisitReminderSetting visitReminder() {
        return visitReminder;
    }

    /** The new language shows at once; storing it (inside the store and beside it) follows in the background. */
    public void switchLanguage(Locale wish) {
        Locale chosen = Localization.supported(wish);
        language.set(chosen);
        if (chosen.equals(localization.getLocale())) {
            return;
        }
        localization.setLocale(chosen);
        executor.execute(progress -> {
            session.settings().setLanguage(chosen);
            languageStore.write(chosen);
            return chosen;
        }, TaskCallbacks.of(saved -> { }, failure -> dialogs.showError(
                new Message("settings.error.title"), new Message("settings.language.error.save"))));
    }

    public void saveIdleLock() {
        Integer minutes = parseMinutes(idleLockMinutes.get());
        if (minutes == null) {
            idleLockError.set(new Message("settings.idleLock.error.range", MIN_IDLE_MINUTES, MAX_IDLE_MINUTES));
            return;
        }
        Duration idleLock = Duration.ofMinutes(minutes);
        executor.execute(progress -> {
            session.settings().setIdleLock(idleLock);
            return idleLock;
        }, TaskCallbacks.of(saved -> {
            idleLockSaved.set(new Message("settings.idleLock.saved", minutes));
            onIdleLockChanged.accept(saved);
        }, failure -> idleLockError.set(new Message("settings.idleLock.error.save"))));
    }

    private static Integer parseMinutes(String typed) {
        try {
            int minutes = Integer.parseInt(typed.strip());
            return minutes >= MIN_IDLE_MINUTES && minutes <= MAX_IDLE_MINUTES ? minutes : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public void changePassphrase() {
        if (changingPassphrase.get()) {
            return;
        }
        boolean currentGiven = !currentPassphrase.get().isEmpty();
        currentPassphraseError.set(currentGiven ? null : new Message("settings.passphrase.error.currentEmpty"));
        if (!newPassphrase.validate() || !currentGiven) {
            return;
        }
        char[] current = currentPassphrase.get().toCharArray();
        char[] next = newPassphrase.takePassphrase();
        currentPassphrase.set("");
        changingPassphrase.set(true);
        executor.execute(progress -> {
            try {
                session.changePassphrase(current, next);
                return Boolean.TRUE;
            } finally {
                Arrays.fill(current, '\0');
                Arrays.fill(next, '\0');
            }
        }, TaskCallbacks.of(done -> {
            changingPassphrase.set(false);
            dialogs.showInformation(new Message("settings.passphrase.title"), new Message("settings.passphrase.changed"));
        }, this::passphraseChangeFailed));
    }

    private void passphraseChangeFailed(Throwable failure) {
        changingPassphrase.set(false);
        VaultException.Reason reason = failure instanceof VaultException vaultFailure ? vaultFailure.reason() : null;
        if (reason == VaultException.Reason.WRONG_PASSPHRASE || reason == VaultException.Reason.THROTTLED) {
            currentPassphraseError.set(new Message("settings.passphrase.error.wrongCurrent"));
        } else if (reason == VaultException.Reason.PASSPHRASE_TOO_WEAK) {
            newPassphrase.showWeakRefusal();
        } else {
            dialogs.showError(new Message("settings.error.title"), new Message("settings.passphrase.error.storage"));
        }
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public StringProperty idleLockMinutesProperty() {
        return idleLockMinutes;
    }

    public ObjectProperty<Message> idleLockErrorProperty() {
        return idleLockError;
    }

    public ObjectProperty<Message> idleLockSavedProperty() {
        return idleLockSaved;
    }

    public StringProperty currentPassphraseProperty() {
        return currentPassphrase;
    }

    public ObjectProperty<Message> currentPassphraseErrorProperty() {
        return currentPassphraseError;
    }

    public NewPassphraseForm newPassphrase() {
        return newPassphrase;
    }

    public ReadOnlyBooleanProperty changingPassphraseProperty() {
        return changingPassphrase.getReadOnlyProperty();
    }
}
