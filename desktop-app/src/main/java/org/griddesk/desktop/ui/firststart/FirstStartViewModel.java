package org.griddesk.desktop.ui.firststart;

import java.util.Arrays;
import java.util.function.Consumer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.griddesk.desktop.service.SessionWiring;
import org.griddesk.desktop.service.Vault;
import org.griddesk.desktop.service.device.DeviceServices;
import org.griddesk.desktop.service.VaultException;
import org.griddesk.desktop.ui.common.OpenedSession;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.passphrase.NewPassphraseForm;
import org.griddesk.desktop.ui.passphrase.PassphraseAssessor;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/** First start: the worker chooses the passphrase that encrypts the store; creating it runs in the background. */
public final class FirstStartViewModel {

    private final Vault vault;
    private final TaskExecutor executor;
    private final Consumer<OpenedSession> onCreated;
    private final SessionWiring<DeviceServices> wiring;
    private final NewPassphraseForm form;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>(this, "error");
    private final BooleanBinding createDisabled;

    /** Without services behind the workspaces (screen tests of the first start itself). */
    public FirstStartViewModel(Vault vault, PassphraseAssessor assessor, TaskExecutor executor,
                               Consumer<OpenedSession> onCreated) {
        this(vault, DeviceServices.nothing(), assessor, executor, onCreated);
    }

    /** {@code wiring} builds the new session's services in the creating background task. */
    public FirstStartViewModel(Vault vault, SessionWiring<DeviceServices> wiring, PassphraseAssessor assessor,
                               TaskExecutor executor, Consumer<OpenedSession> onCreated) {
        this.vault = vault;
        this.wiring = wiring;
        this.executor = executor;
        this.onCreated = onCreated;
        this.form = new NewPassphraseForm(assessor);
        this.createDisabled = busy.or(form.filledIn().not());
    }

    public void create() {
        if (createDisabled.get() || !form.validate()) {
            return;
        }
        char[] chosen = form.takePassphrase();
        error.set(null);
        busy.set(true);
        executor.execute(progress -> {
            try {
                return OpenedSession.read(vault.create(chosen), wiring);
            } finally {
                Arrays.fill(chosen, '\0');
            }
        }, TaskCallbacks.of(this::created, this::failed));
    }

    private void created(OpenedSession session) {
        busy.set(false);
        onCreated.accept(session);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof VaultException vaultFailure
                && vaultFailure.reason() == VaultException.Reason.PASSPHRASE_TOO_WEAK) {
            form.showWeakRefusal();
        } else if (failure instanceof VaultException vaultFailure
                && vaultFailure.reason() == VaultException.Reason.IN_USE_BY_ANOTHER_PROCESS) {
            error.set(new Message("unlock.error.inUse"));
        } else {
            error.set(new Message("firstStart.error.storage"));
        }
    }

    public NewPassphraseForm form() {
        return form;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    public BooleanBinding createDisabledProperty() {
        return createDisabled;
    }
}
