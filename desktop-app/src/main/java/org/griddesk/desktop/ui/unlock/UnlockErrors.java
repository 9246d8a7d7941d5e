package org.griddesk.desktop.ui.unlock;

import org.griddesk.desktop.service.VaultException;
import org.griddesk.desktop.ui.i18n.Message;

/** Turns why the store did not open into a message the worker can act on. */
final class UnlockErrors {

    private UnlockErrors() {
    }

    static Message messageFor(Throwable failure) {
        if (!(failure instanceof VaultException vaultFailure)) {
            return new Message("unlock.error.storage");
        }
        return switch (vaultFailure.reason()) {
            case WRONG_PASSPHRASE -> new Message("unlock.error.wrongPassphrase");
            case THROTTLED -> new Message("unlock.error.throttled");
            case MIGRATION_FAILED -> new Message("unlock.error.migrationFailed");
            case IN_USE_BY_ANOTHER_PROCESS -> new Message("unlock.error.inUse");
            case NOT_INITIALISED -> new Message("unlock.error.notInitialised");
            default -> new Message("unlock.error.storage");
        };
    }
}
