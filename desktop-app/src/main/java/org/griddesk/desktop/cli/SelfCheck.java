package org.griddesk.desktop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.VaultException;

/**
 * {@code --self-check --data DIR}: creates or opens the encrypted store with the passphrase from
 * GRIDDESK_PASSPHRASE, runs the migrations, prints one line and says through the exit code what went wrong.
 * Installers and administrators use it to check a machine without starting the GUI.
 */
final class SelfCheck {

    static final String PASSPHRASE_ENV = "GRIDDESK_PASSPHRASE";

    enum Outcome {
        OK(0),
        MISSING_PASSPHRASE(3),
        WRONG_PASSPHRASE(4),
        THROTTLED(5),
        IN_USE(6),
        MIGRATION_FAILED(7),
        WEAK_PASSPHRASE(8),
        STORAGE_ERROR(9);

        final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    private final Map<String, String> environment;
    private final Function<Path, EncryptedVault> vaults;

    SelfCheck(Map<String, String> environment, Function<Path, EncryptedVault> vaults) {
        this.environment = environment;
        this.vaults = vaults;
    }

    int run(Path dataDir, PrintWriter out, PrintWriter err) {
        String passphrase = environment.get(PASSPHRASE_ENV);
        Path store = dataDir.toAbsolutePath().normalize();
        if (passphrase == null || passphrase.isEmpty()) {
            err.println("self-check failed: environment variable " + PASSPHRASE_ENV + " is not set");
            return Outcome.MISSING_PASSPHRASE.exitCode;
        }
        EncryptedVault vault = vaults.apply(store);
        boolean creating = !vault.isInitialised();
        try (EncryptedDeviceSession session = creating
                ? vault.create(passphrase.toCharArray()) : vault.unlock(passphrase.toCharArray())) {
            out.println("self-check ok: store " + store + ", schema version " + session.schemaVersion()
                    + (creating ? " (created)" : ""));
            return Outcome.OK.exitCode;
        } catch (VaultException e) {
            Outcome outcome = outcomeOf(e.reason());
            err.println("self-check failed: " + explain(outcome, store, e));
            return outcome.exitCode;
        }
    }

    private static Outcome outcomeOf(VaultException.Reason reason) {
        return switch (reason) {
            case WRONG_PASSPHRASE -> Outcome.WRONG_PASSPHRASE;
            case THROTTLED -> Outcome.THROTTLED;
            case IN_USE_BY_ANOTHER_PROCESS -> Outcome.IN_USE;
            case MIGRATION_FAILED -> Outcome.MIGRATION_FAILED;
            case PASSPHRASE_TOO_WEAK -> Outcome.WEAK_PASSPHRASE;
            case ALREADY_INITIALISED, NOT_INITIALISED, STORAGE_ERROR -> Outcome.STORAGE_ERROR;
        };
    }

    private static String explain(Outcome outcome, Path store, VaultException e) {
        return switch (outcome) {
            case WRONG_PASSPHRASE -> "wrong passphrase for store " + store;
            case THROTTLED -> "too many wrong passphrases; try again in " + e.retryAfter().toSeconds() + " s";
            case IN_USE -> "store " + store + " is in use by another GridDesk process";
            case MIGRATION_FAILED -> "schema migration failed, the store was left as it was: " + e.getMessage();
            case WEAK_PASSPHRASE -> "the passphrase is too weak to create a store (at least 8 characters, "
                    + "mixing letters, digits or symbols)";
            default -> "store " + store + " could not be opened: " + e.getMessage();
        };
    }
}
