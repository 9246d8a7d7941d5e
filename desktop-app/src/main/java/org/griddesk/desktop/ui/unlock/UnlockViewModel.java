package org.griddesk.desktop.ui.unlock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.griddesk.desktop.service.SessionWiring;
import org.griddesk.desktop.service.Vault;
import org.griddesk.desktop.service.VaultException;
import org.griddesk.desktop.service.device.DeviceServices;
import org.griddesk.desktop.ui.common.OpenedSession;
import org.griddesk.desktop.ui.common.DemoNotice;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * Opens the store with the typed passphrase in the background. After failed attempts the store makes the
 * worker wait; the remaining seconds are shown live and the unlock button stays disabled meanwhile.
 */
public final class UnlockViewModel {

    private final Vault vault;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Consumer<OpenedSession> onUnlocked;
    private final Optional<DemoNotice> demo;
    private final SessionWiring<DeviceServices> wiring;

    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>(this, "error");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyLongWrapper secondsToWait = new ReadOnlyLongWrapper(this, "secondsToWait");
    private final BooleanBinding unlockDisabled;
    private final ObjectBinding<Message> waitMessage;
    private Instant retryAt = Instant.MIN;

    /** Without services behind the workspaces (screen tests of the unlock itself). */
    public UnlockViewModel(Vault vault, TaskExecutor executor, Clock clock, Consumer<OpenedSession> onUnlocked,
                           Optional<DemoNotice> demo) {
        this(vault, DeviceServices.nothing(), executor, clock, onUnlocked, demo);
    }

    /** {@code wiring} builds the unlocked session's services in the unlock's background task. */
    public UnlockViewModel(Vault vault, SessionWiring<DeviceServices> wiring, TaskExecutor executor, Clock clock,
                           Consumer<OpenedSession> onUnlocked, Optional<DemoNotice> demo) {
        this.vault = vault;
        this.wiring = wiring;
        this.executor = executor;
        this.clock = clock;
        this.onUnlocked = onUnlocked;
        this.demo = demo;
        unlockDisabled = busy.or(secondsToWait.greaterThan(0)).or(passphrase.isEmpty());
        waitMessage = Bindings.createObjectBinding(
                () -> secondsToWait.get() > 0 ? new Message("unlock.wait", secondsToWait.get()) : null, secondsToWait);
        waitUntil(vault.retryDelay());
        passphrase.addListener((observable, before, now) -> {
            if (!now.isEmpty() && secondsToWait.get() == 0) {
                error.set(null);
            }
        });
    }

    public void unlock() {
        if (unlockDisabled.get()) {
            return;
        }
        char[] typed = passphrase.get().toCharArray();
        passphrase.set("");
        error.set(null);
        busy.set(true);
        executor.execute(progress -> {
            try {
                return OpenedSession.read(vault.unlock(typed), wiring);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, TaskCallbacks.of(this::unlocked, this::failed));
    }

    /** Called every second by the view while the screen is shown; the clock decides what is left. */
    public void refreshCountdown() {
        Duration left = Duration.between(clock.instant(), retryAt);
        long seconds = left.isNegative() || left.isZero() ? 0 : (left.toMillis() + 999) / 1000;
        secondsToWait.set(seconds);
    }

    private void unlocked(OpenedSession session) {
        busy.set(false);
        onUnlocked.accept(session);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(UnlockErrors.messageFor(failure));
        if (failure instanceof VaultException vaultFailure) {
            waitUntil(vaultFailure.retryAfter());
        }
    }

    private void waitUntil(Duration delay) {
        if (delay != null && !delay.isNegative() && !delay.isZero()) {
            retryAt = clock.instant().plus(delay);
        }
        refreshCountdown();
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty secondsToWaitProperty() {
        return secondsToWait.getReadOnlyProperty();
    }

    public BooleanBinding unlockDisabledProperty() {
        return unlockDisabled;
    }

    public ObjectBinding<Message> waitMessageProperty() {
        return waitMessage;
    }

    public Optional<DemoNotice> demo() {
        return demo;
    }
}
