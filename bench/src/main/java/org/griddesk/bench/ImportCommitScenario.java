package org.griddesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.VaultFactory;
import org.griddesk.desktop.service.registry.ImportCommit;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.registry.RegistryTransfer;
import org.griddesk.desktop.service.registry.imports.ColumnMapping;
import org.griddesk.desktop.service.registry.imports.ImportFiles;
import org.griddesk.desktop.service.registry.imports.ImportOptions;
import org.griddesk.desktop.service.registry.imports.ImportResult;
import org.griddesk.desktop.service.registry.imports.ImportTable;

/**
 * A worker imports a village's 10,000-row register into a new encrypted store: reading, the validating dry
 * run, and writing every household and resident through the outbox journal. The store's creation is not timed.
 */
final class ImportCommitScenario implements Scenario {

    private static final int ROWS = 10_000;
    private static final String PASSPHRASE = "bench-网格-passphrase-2026";

    private Path file;
    private Path store;
    private EncryptedDeviceSession session;

    @Override
    public String name() {
        return "import 10k rows csv into the encrypted store";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public int runs() {
        return 3;
    }

    @Override
    public void prepare() throws Exception {
        if (file == null) {
            file = Files.createTempFile("bench-import", ".csv");
            SyntheticSpreadsheet.writeCsv(file, ROWS);
        }
        store = Files.createTempDirectory("bench-import-store");
        session = VaultFactory.open(store).create(PASSPHRASE.toCharArray());
    }

    @Override
    public double measure() throws Exception {
        long start = System.nanoTime();
        RegistryService registry = Registries.open(session, "bench");
        ImportTable table = ImportFiles.read(file);
        ImportResult result = registry.importer(Locale.SIMPLIFIED_CHINESE).dryRun(table,
                ColumnMapping.recognize(table.headers()),
                ImportOptions.forGrid(SyntheticSpreadsheet.GRID).withExisting(registry.existingResidents()));
        ImportCommit commit = new RegistryTransfer(registry).commit(result, (done, total) -> { }, () -> false);
        double ms = (System.nanoTime() - start) / 1e6;
        if (commit.imported() < ROWS * 9 / 10) {
            throw new IllegalStateException("only " + commit.summary() + " of " + ROWS + " rows");
        }
        return ms;
    }

    @Override
    public void cleanUp() {
        if (session != null) {
            session.close();
            session = null;
        }
        TempFolders.deleteQuietly(store);
    }
}
