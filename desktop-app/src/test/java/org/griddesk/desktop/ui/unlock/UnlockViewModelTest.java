package org.griddesk.desktop.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.griddesk.desktop.service.VaultException;
import org.griddesk.desktop.ui.common.OpenedSession;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.InMemoryVault;
import org.griddesk.desktop.ui.testing.MutableClock;
import org.junit.jupiter.api.Test;

class UnlockViewModelTest {

    private final InMemoryVault vault = new InMemoryVault("village road 12 east", "worker");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T08:00:00Z"));
    private final List<OpenedSession> opened = new ArrayList<>();

    private UnlockViewModel viewModel() {
        return new UnlockViewModel(vault, new CurrentThreadTaskExecutor(), clock, opened::add, Optional.empty());
    }

    @Test
    void rightPassphraseOpensTheSessionAndClearsTheField() {
        UnlockViewModel viewModel = viewModel();
        viewModel.passphraseProperty().set("village road 12 east");
        viewModel.unlock();
        assertEquals(1, opened.size());
        assertSame(vault.lastSession(), opened.get(0).session());
        assertFalse(opened.get(0).supervisor());
        assertEquals("", viewModel.passphraseProperty().get());
        assertNull(viewModel.errorProperty().get());
    }

    @Test
    void wrongPassphraseIsShownTranslatedAndOpensNothing() {
        UnlockViewModel viewModel = viewModel();
        viewModel.passphraseProperty().set("village road 12 west");
        viewModel.unlock();
        assertTrue(opened.isEmpty());
        Message error = viewModel.errorProperty().get();
        assertEquals(new Message("unlock.error.wrongPassphrase"), error);
        assertEquals("口令错误，请重试。", new Localization(Localization.CHINESE).lang(error));
        assertEquals("The passphrase is wrong. Please try again.", new Localization(Localization.ENGLISH).lang(error));
    }

    @Test
    void throttledAttemptCountsDownAndKeepsTheButtonDisabledMeanwhile() {
        UnlockViewModel viewModel = viewModel();
        vault.failNextWith(new VaultException(VaultException.Reason.THROTTLED, "wait", Duration.ofSeconds(30), null));
        viewModel.passphraseProperty().set("village road 12 east");
        viewModel.unlock();
        assertEquals(new Message("unlock.error.throttled"), viewModel.errorProperty().get());
        assertEquals(30, viewModel.secondsToWaitProperty().get());
        assertEquals(new Message("unlock.wait", 30L), viewModel.waitMessageProperty().get());

        viewModel.passphraseProperty().set("village road 12 east");
        assertTrue(viewModel.unlockDisabledProperty().get());
        viewModel.unlock();
        assertEquals(1, vault.attempts().size(), "no attempt reaches the store while the countdown runs");

        clock.advance(Duration.ofMillis(10_500));
        viewModel.refreshCountdown();
        assertEquals(20, viewModel.secondsToWaitProperty().get());
        assertEquals(new Message("unlock.wait", 20L), viewModel.waitMessageProperty().get());

        clock.advance(Duration.ofSeconds(20));
        viewModel.refreshCountdown();
        assertEquals(0, viewModel.secondsToWaitProperty().get());
        assertNull(viewModel.waitMessageProperty().get());
        assertFalse(viewModel.unlockDisabledProperty().get());
        viewModel.unlock();
        assertEquals(1, opened.size());
    }

    @Test
    void wrongPassphraseWithADelayAlsoStartsTheCountdown() {
        UnlockViewModel viewModel = viewModel();
        vault.failNextWith(new VaultException(VaultException.Reason.WRONG_PASSPHRASE, "wrong",
                Duration.ofSeconds(5), null));
        viewModel.passphraseProperty().set("nope");
        viewModel.unlock();
        assertEquals(new Message("unlock.error.wrongPassphrase"), viewModel.errorProperty().get());
        assertEquals(5, viewModel.secondsToWaitProperty().get());
    }

    @Test
    void aWaitLeftFromEarlierAttemptsShowsWhenTheScreenOpens() {
        vault.setRetryDelay(Duration.ofSeconds(90));
        UnlockViewModel viewModel = viewModel();
        assertEquals(90, viewModel.secondsToWaitProperty().get());
        viewModel.passphraseProperty().set("village road 12 east");
        assertTrue(viewModel.unlockDisabledProperty().get());
    }

    @Test
    void migrationFailureAndSecondWindowHaveTheirOwnMessages() {
        UnlockViewModel viewModel = viewModel();
        vault.failNextWith(new VaultException(VaultException.Reason.MIGRATION_FAILED, "V2 failed"));
        viewModel.passphraseProperty().set("village road 12 east");
        viewModel.unlock();
        assertEquals(new Message("unlock.error.migrationFailed"), viewModel.errorProperty().get());

        vault.failNextWith(new VaultException(VaultException.Reason.IN_USE_BY_ANOTHER_PROCESS, "locked"));
        viewModel.passphraseProperty().set("village road 12 east");
        viewModel.unlock();
        assertEquals(new Message("unlock.error.inUse"), viewModel.errorProperty().get());
        assertTrue(opened.isEmpty());
    }

    @Test
    void unexpectedFailureBecomesAStorageMessage() {
        UnlockViewModel viewModel = viewModel();
        vault.failNextWith(new VaultException(VaultException.Reason.STORAGE_ERROR, "io"));
        viewModel.passphraseProperty().set("village road 12 east");
        viewModel.unlock();
        assertEquals(new Message("unlock.error.storage"), viewModel.errorProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void emptyPassphraseCannotBeSubmitted() {
        UnlockViewModel viewModel = viewModel();
        assertTrue(viewModel.unlockDisabledProperty().get());
        viewModel.unlock();
        assertTrue(vault.attempts().isEmpty());
    }

    @Test
    void supervisorRoleIsReadWithTheUnlock() {
        InMemoryVault supervisorVault = new InMemoryVault("village road 12 east", "supervisor");
        UnlockViewModel viewModel = new UnlockViewModel(supervisorVault, new CurrentThreadTaskExecutor(), clock,
                opened::add, Optional.empty());
        viewModel.passphraseProperty().set("village road 12 east");
        viewModel.unlock();
        assertTrue(opened.get(0).supervisor());
        assertEquals(Duration.ofMinutes(15), opened.get(0).idleLock());
    }
}
