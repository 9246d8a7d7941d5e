package org.griddesk.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.griddesk.desktop.app.demo.DemoMode;
import org.griddesk.desktop.app.LaunchOptions;
import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.store.StoreOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GridDeskCommandTest {

    private static final String PASSPHRASE = "self-check-口令-2026";

    @TempDir
    Path dataDir;

    private final Map<String, String> environment = new HashMap<>();
    private final List<LaunchOptions> guiStarts = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private StoreOptions storeOptions = StoreOptions.defaults().withIterations(1_000);

    private EncryptedVault vault(Path dir) {
        return new EncryptedVault(dir, storeOptions, Duration.ofHours(1));
    }

    private int run(String... args) {
        Function<Path, EncryptedVault> vaults = this::vault;
        DemoMode demo = DemoMode.standard(vaults);
        CommandLine commandLine = new CommandLine(new GridDeskCommand(environment, this::vault, demo, guiStarts::add));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void selfCheckCreatesTheStoreThenOpensItAgain() {
        environment.put("GRIDDESK_PASSPHRASE", PASSPHRASE);

        assertEquals(0, run("--self-check", "--data", dataDir.toString()));
        assertEquals("self-check ok: store " + dataDir.toAbsolutePath().normalize() + ", schema version 8 (created)",
                out.toString().strip());

        out.getBuffer().setLength(0);
        assertEquals(0, run("--self-check", "--data", dataDir.toString()));
        assertEquals("self-check ok: store " + dataDir.toAbsolutePath().normalize() + ", schema version 8",
                out.toString().strip());
        assertTrue(guiStarts.isEmpty());
    }

    @Test
    void selfCheckWithoutThePassphraseVariableSaysSo() {
        assertEquals(3, run("--self-check", "--data", dataDir.toString()));
        assertTrue(err.toString().contains("GRIDDESK_PASSPHRASE is not set"), err.toString());
        assertFalse(vault(dataDir).isInitialised());
    }

    @Test
    void selfCheckWithAWrongPassphraseSaysSo() {
        environment.put("GRIDDESK_PASSPHRASE", PASSPHRASE);
        run("--self-check", "--data", dataDir.toString());
        environment.put("GRIDDESK_PASSPHRASE", "another-passphrase-1");

        assertEquals(4, run("--self-check", "--data", dataDir.toString()));
        assertTrue(err.toString().contains("wrong passphrase"), err.toString());
        assertFalse(err.toString().contains("another-passphrase-1"));
    }

    @Test
    void selfCheckOnAStoreThatIsOpenSaysItIsInUse() throws Exception {
        environment.put("GRIDDESK_PASSPHRASE", PASSPHRASE);
        try (DeviceSession session = vault(dataDir).create(PASSPHRASE.toCharArray())) {
            assertEquals(6, run("--self-check", "--data", dataDir.toString()));
        }
        assertTrue(err.toString().contains("in use by another GridDesk process"), err.toString());
    }

    @Test
    void selfCheckWithAFailingMigrationNamesItAndKeepsTheStore() {
        environment.put("GRIDDESK_PASSPHRASE", PASSPHRASE);
        run("--self-check", "--data", dataDir.toString());
        storeOptions = storeOptions.withMigrationLocations(
                List.of(StoreOptions.defaultMigrationLocation(), "classpath:db/broken-migration"));

        assertEquals(7, run("--self-check", "--data", dataDir.toString()));
        assertTrue(err.toString().contains("migration failed") && err.toString().contains("V1000"), err.toString());
    }

    @Test
    void selfCheckRefusesToCreateAStoreWithAWeakPassphrase() {
        environment.put("GRIDDESK_PASSPHRASE", "1234");

        assertEquals(8, run("--self-check", "--data", dataDir.toString()));
        assertFalse(vault(dataDir).isInitialised());
    }

    @Test
    void selfCheckNeedsADataFolder() {
        environment.put("GRIDDESK_PASSPHRASE", PASSPHRASE);
        assertEquals(GridDeskCommand.USAGE_ERROR, run("--self-check"));
    }

    @Test
    void withoutArgumentsTheGuiStartsOnTheFolderFromTheEnvironment() {
        environment.put("GRIDDESK_DATA", dataDir.toString());

        assertEquals(0, run());
        assertEquals(List.of(new LaunchOptions(dataDir, Optional.empty())), guiStarts);
    }

    @Test
    void dataOptionChoosesTheGuiFolder() {
        Path other = dataDir.resolve("other");
        assertEquals(0, run("--data", other.toString()));
        assertEquals(other, guiStarts.get(0).dataDir());
        assertTrue(guiStarts.get(0).demo().isEmpty());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(GridDeskCommand.USAGE_ERROR, run("--no-such-option"));
        assertTrue(guiStarts.isEmpty());
    }
}
