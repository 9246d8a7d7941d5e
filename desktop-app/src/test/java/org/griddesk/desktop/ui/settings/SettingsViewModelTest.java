package org.griddesk.desktop.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.StringBinding;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.VaultException;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.InMemoryLanguageStore;
import org.griddesk.desktop.ui.testing.InMemoryVault;
import org.griddesk.desktop.ui.testing.LengthAssessor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsViewModelTest {

    private static final String PASSPHRASE = "village road 12 east";

    private final InMemoryVault vault = new InMemoryVault(PASSPHRASE, "worker");
    private final DeviceSession session = unlocked();
    private final InMemoryLanguageStore languageStore = new InMemoryLanguageStore();
    private final Localization localization = new Localization(Localization.CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Duration> idleLockChanges = new ArrayList<>();
    private final SettingsViewModel viewModel = new SettingsViewModel(
            new SettingsContext(session, languageStore, localization, new CurrentThreadTaskExecutor(), dialogs,
                    new LengthAssessor()),
            Duration.ofMinutes(15), idleLockChanges::add);

    private DeviceSession unlocked() {
        try {
            return vault.unlock(PASSPHRASE.toCharArray());
        } catch (VaultException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void switchingLanguageRelabelsAtOnceAndIsKeptInsideAndOutsideTheStore() {
        StringBinding householdsLabel = localization.bind("workspace.households.label");
        assertEquals("住户", householdsLabel.get());

        viewModel.switchLanguage(Localization.ENGLISH);
        assertEquals("Households", householdsLabel.get());
        assertEquals(Localization.ENGLISH, session.settings().language());
        assertEquals(Optional.of(Localization.ENGLISH), languageStore.read());

        viewModel.switchLanguage(Localization.CHINESE);
        assertEquals("住户", householdsLabel.get());
        assertEquals(Localization.CHINESE, session.settings().language());
    }

    @Test
    void idleLockStartsFromTheStoredValue() {
        assertEquals("15", viewModel.idleLockMinutesProperty().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "241", "-5", "abc", "", "1.5"})
    void idleLockOutsideOneToTwoHundredFortyMinutesIsRefusedOnTheField(String typed) {
        viewModel.idleLockMinutesProperty().set(typed);
        viewModel.saveIdleLock();
        assertEquals(new Message("settings.idleLock.error.range", 1, 240), viewModel.idleLockErrorProperty().get());
        assertEquals(Duration.ofMinutes(15), session.settings().idleLock());
        assertTrue(idleLockChanges.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30, 240})
    void idleLockInRangeIsSavedAndAppliedAtOnce(int minutes) {
        viewModel.idleLockMinutesProperty().set(" " + minutes + " ");
        viewModel.saveIdleLock();
        assertNull(viewModel.idleLockErrorProperty().get());
        assertEquals(Duration.ofMinutes(minutes), session.settings().idleLock());
        assertEquals(List.of(Duration.ofMinutes(minutes)), idleLockChanges);
        assertEquals(new Message("settings.idleLock.saved", minutes), viewModel.idleLockSavedProperty().get());
    }

    @Test
    void passphraseChangeNeedsTheCurrentOne() {
        typeNew("harvest moon 2026 north");
        viewModel.changePassphrase();
        assertEquals(new Message("settings.passphrase.error.currentEmpty"),
                viewModel.currentPassphraseErrorProperty().get());
        assertTrue(dialogs.shown().isEmpty());
    }

    @Test
    void wrongCurrentPassphraseIsShownOnItsField() throws VaultException {
        viewModel.currentPassphraseProperty().set("not the passphrase");
        typeNew("harvest moon 2026 north");
        viewModel.changePassphrase();
        assertEquals(new Message("settings.passphrase.error.wrongCurrent"),
                viewModel.currentPassphraseErrorProperty().get());
        vault.unlock(PASSPHRASE.toCharArray());
    }

    @Test
    void weakOrMismatchingNewPassphraseIsRefusedOnItsField() {
        viewModel.currentPassphraseProperty().set(PASSPHRASE);
        viewModel.newPassphrase().passphraseProperty().set("short");
        viewModel.newPassphrase().repeatProperty().set("short");
        viewModel.changePassphrase();
        assertEquals(new Message("passphrase.error.weak"), viewModel.newPassphrase().passphraseErrorProperty().get());

        viewModel.newPassphrase().passphraseProperty().set("harvest moon 2026 north");
        viewModel.newPassphrase().repeatProperty().set("harvest moon 2026 south");
        viewModel.changePassphrase();
        assertEquals(new Message("passphrase.error.mismatch"), viewModel.newPassphrase().repeatErrorProperty().get());
        assertTrue(dialogs.shown().isEmpty());
    }

    @Test
    void passphraseChangeReKeysAndConfirmsInADialog() throws VaultException {
        viewModel.currentPassphraseProperty().set(PASSPHRASE);
        typeNew("harvest moon 2026 north");
        viewModel.changePassphrase();
        assertEquals(List.of(new RecordingDialogService.Shown("information",
                new Message("settings.passphrase.title"), new Message("settings.passphrase.changed"))), dialogs.shown());
        assertEquals("", viewModel.currentPassphraseProperty().get());
        vault.unlock("harvest moon 2026 north".toCharArray());
    }

    private void typeNew(String passphrase) {
        viewModel.newPassphrase().passphraseProperty().set(passphrase);
        viewModel.newPassphrase().repeatProperty().set(passphrase);
    }

    @Test
    void theVisitReminderShowsTheStoredDaysRefusesOutOfRangeOnItsFieldAndSavesAWholeNumber() {
        VisitReminderSetting visits = viewModel.visitReminder();
        assertEquals("30", visits.daysProperty().get());

        for (String wrong : List.of("0", "366", "两周", "")) {
            visits.daysProperty().set(wrong);
            visits.save();
            assertEquals(new Message("settings.visits.error.range", 1, 365), visits.errorProperty().get(), wrong);
            assertEquals(30, session.settings().visitIntervalDays(), "nothing stored for " + wrong);
        }

        visits.daysProperty().set(" 14 ");
        assertEquals(null, visits.errorProperty().get(), "typing clears the message");
        visits.save();
        assertEquals(14, session.settings().visitIntervalDays());
        assertEquals(new Message("settings.visits.saved", 14), visits.savedProperty().get());
    }
}
