package org.griddesk.desktop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.VaultException;

/** Opens the encrypted store of --data with $GRIDDESK_PASSPHRASE for the commands that work on it. */
final class StoreCommandSupport {

    static final int PROBLEMS = 1;
    static final int UNREADABLE = 2;
    static final int MISSING_PASSPHRASE = 3;
    static final int STORE_UNAVAILABLE = 4;

    private final Map<String, String> environment;
    private final Function<Path, EncryptedVault> vaults;

    StoreCommandSupport(Map<String, String> environment, Function<Path, EncryptedVault> vaults) {
        this.environment = environment;
        this.vaults = vaults;
    }

    /** The open session, or empty after saying on {@code err} why not (the exit code is then {@link #failure}). */
    Optional<EncryptedDeviceSession> open(Path dataDir, PrintWriter err, int[] failure) {
        String passphrase = environment.get(SelfCheck.PASSPHRASE_ENV);
        if (passphrase == null || passphrase.isEmpty()) {
            err.println("environment variable " + SelfCheck.PASSPHRASE_ENV + " is not set");
            failure[0] = MISSING_PASSPHRASE;
            return Optional.empty();
        }
        Path store = dataDir.toAbsolutePath().normalize();
        EncryptedVault vault = vaults.apply(store);
        if (!vault.isInitialised()) {
            err.println("no store in " + store + "; create one first (griddesk --self-check --data DIR)");
            failure[0] = STORE_UNAVAILABLE;
            return Optional.empty();
        }
        try {
            return Optional.of(vault.unlock(passphrase.toCharArray()));
        } catch (VaultException e) {
            err.println("store " + store + " could not be opened: " + switch (e.reason()) {
                case WRONG_PASSPHRASE -> "wrong passphrase";
                case IN_USE_BY_ANOTHER_PROCESS -> "it is in use by another GridDesk process";
                case THROTTLED -> "too many wrong passphrases, try again later";
                default -> e.getMessage();
            });
            failure[0] = STORE_UNAVAILABLE;
            return Optional.empty();
        }
    }
}
