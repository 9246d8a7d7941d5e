package org.griddesk.desktop.app.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;

import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.VaultException;
import org.griddesk.desktop.service.issues.IssueCategories;
import org.griddesk.desktop.service.issues.IssueService;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.model.record.UuidV7Generator;

/**
 * Prepares a demo data folder: the store is created with the published demo passphrase the first time, and a
 * local county platform (not yet started) is attached to it. A new demo store gets the made-up village of
 * {@link DemoRegistrySeed} and the issues of {@link DemoIssueSeed}.
 */
public final class DemoMode {

    /** Published on the unlock screen; it protects made-up data only. */
    public static final String PASSPHRASE = "griddesk-demo-2026";

    private final Function<Path, EncryptedVault> vaults;
    private final Function<Path, DemoPlatform> platforms;

    public DemoMode(Function<Path, EncryptedVault> vaults, Function<Path, DemoPlatform> platforms) {
        this.vaults = vaults;
        this.platforms = platforms;
    }

    /** The production set-up: the real store and county-platform.jar found near this app. */
    public static DemoMode standard(Function<Path, EncryptedVault> vaults) {
        return new DemoMode(vaults, platformDir -> new DemoPlatform(platformDir, DemoAccounts.standard(),
                PlatformJarLocator.forThisProcess(), DemoPlatform.currentJava(), DemoPlatform.DEFAULT_TIMEOUT));
    }

    /** Signed by "demo", the demo worker, rather than by the device id a store has before its first sign-in. */
    private static IssueService demoIssues(EncryptedDeviceSession session) {
        String demoWorker = DemoAccounts.standard().workerUsername();
        return new IssueService(session.records(), session.clock(), session.records()::localViews,
                IssueCategories.defaults(), new UuidV7Generator(), Clock.systemUTC(), () -> demoWorker);
    }

    /** As if pulled: the same grid records the demo platform publishes, nothing in the outbox. */
    private static void knowTheDemoGrids(EncryptedDeviceSession session) {
        session.records().atomically(() -> DemoVillage.standard().gridRecords().forEach(grid -> {
            session.records().putBase(grid);
            session.records().putLocalView(grid);
            session.records().setStatus(grid.key(), org.griddesk.sync.store.RecordSyncStatus.SYNCED);
        }));
    }

    /** Makes and seeds the demo store in {@code demoDir} if it has none, and names the demo platform beside it. */
    public DemoInfo prepare(Path demoDir) throws VaultException {
        return prepare(demoDir, session -> { });
    }

    /** As above; a new store is first marked by {@code marking} (practice mode restricts its sync), then seeded. */
    DemoInfo prepare(Path demoDir, java.util.function.Consumer<EncryptedDeviceSession> marking)
            throws VaultException {
        EncryptedVault vault = vaults.apply(demoDir);
        if (!vault.isInitialised()) {
            // Creating runs the migrations; the GUI unlocks the store again with the shown passphrase.
            try (EncryptedDeviceSession session = vault.create(PASSPHRASE.toCharArray())) {
                marking.accept(session);
                // made-up households, pending in the outbox until the first sync with the demo platform
                knowTheDemoGrids(session);
                RegistryService registry = Registries.open(session, null);
                DemoRegistrySeed.seed(registry);
                DemoIssueSeed.seed(demoIssues(session), registry);
            }
        }
        DemoPlatform platform = platforms.apply(demoDir.resolve("platform"));
        return new DemoInfo(PASSPHRASE, platform.accounts(), platform);
    }
}
