package org.griddesk.desktop.ui.firststart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.griddesk.desktop.service.VaultException;
import org.griddesk.desktop.ui.common.OpenedSession;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.InMemoryVault;
import org.griddesk.desktop.ui.testing.LengthAssessor;
import org.junit.jupiter.api.Test;

class FirstStartViewModelTest {

    private final InMemoryVault vault = InMemoryVault.empty();
    private final List<OpenedSession> opened = new ArrayList<>();
    private final FirstStartViewModel viewModel =
            new FirstStartViewModel(vault, new LengthAssessor(), new CurrentThreadTaskExecutor(), opened::add);

    @Test
    void createButtonIsDisabledUntilBothFieldsAreFilled() {
        assertTrue(viewModel.createDisabledProperty().get());
        viewModel.form().passphraseProperty().set("village road 12 east");
        assertTrue(viewModel.createDisabledProperty().get());
        viewModel.form().repeatProperty().set("village road 12 east");
        assertFalse(viewModel.createDisabledProperty().get());
    }

    @Test
    void validPassphraseCreatesTheStoreAndOpensIt() {
        type("village road 12 east", "village road 12 east");
        viewModel.create();
        assertEquals(List.of("village road 12 east"), vault.attempts());
        assertEquals(1, opened.size());
        assertSame(vault.lastSession(), opened.get(0).session());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void weakOrMismatchingPassphraseNeverReachesTheStore() {
        type("short", "short");
        viewModel.create();
        type("village road 12 east", "village road 12 west");
        viewModel.create();
        assertTrue(vault.attempts().isEmpty());
        assertTrue(opened.isEmpty());
        assertEquals(new Message("passphrase.error.mismatch"), viewModel.form().repeatErrorProperty().get());
    }

    @Test
    void storeRefusingThePassphraseShowsItOnTheField() {
        vault.failNextWith(new VaultException(VaultException.Reason.PASSPHRASE_TOO_WEAK, "policy"));
        type("village road 12 east", "village road 12 east");
        viewModel.create();
        assertEquals(new Message("passphrase.error.weak"), viewModel.form().passphraseErrorProperty().get());
        assertNull(viewModel.errorProperty().get());
        assertTrue(opened.isEmpty());
    }

    @Test
    void storageFailureIsReportedUnderTheForm() {
        vault.failNextWith(new VaultException(VaultException.Reason.STORAGE_ERROR, "disk full"));
        type("village road 12 east", "village road 12 east");
        viewModel.create();
        assertEquals(new Message("firstStart.error.storage"), viewModel.errorProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }

    private void type(String passphrase, String repeat) {
        viewModel.form().passphraseProperty().set(passphrase);
        viewModel.form().repeatProperty().set(repeat);
    }
}
