package org.griddesk.desktop.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.Vault;
import org.griddesk.desktop.service.VaultException;

/**
 * 练习模式: the demo store and demo platform, kept in {@code practice/} of the data folder, beside the real store and
 * never inside it. The practice store is made (and seeded with the demo village) the first time and whenever the
 * worker starts over; it is restricted to the practice platform from the moment it exists.
 */
public final class PracticeMode {

    public static final String FOLDER = "practice";

    private final Function<Path, EncryptedVault> vaults;
    private final Function<Path, DemoPlatform> platforms;

    public PracticeMode(Function<Path, EncryptedVault> vaults, Function<Path, DemoPlatform> platforms) {
        this.vaults = vaults;
        this.platforms = platforms;
    }

    /** The production set-up: the real store classes and county-platform.jar found near this app. */
    public static PracticeMode standard(Function<Path, EncryptedVault> vaults) {
        return new PracticeMode(vaults, platformDir -> new DemoPlatform(platformDir, DemoAccounts.standard(),
                PlatformJarLocator.forThisProcess(), DemoPlatform.currentJava(), DemoPlatform.DEFAULT_TIMEOUT));
    }

    public static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /**
     * Prepares the practice store of {@code dataDir} (a new one when {@code fresh} or when there is none) and a
     * practice platform that is not started yet. Touches nothing outside {@code practice/}.
     */
    public PracticeSetup prepare(Path dataDir, boolean fresh) throws VaultException, IOException {
        Path dir = folder(dataDir);
        if (fresh) {
            deleteTree(dir);
        }
        Files.createDirectories(dir);
        DemoPlatform platform = new DemoMode(vaults, platforms).prepare(dir, PracticeVault::restrict).platform();
        return new PracticeSetup(new PracticeVault(vaults.apply(dir), platform), DemoMode.PASSPHRASE, platform);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
