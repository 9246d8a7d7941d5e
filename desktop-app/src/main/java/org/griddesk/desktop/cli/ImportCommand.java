package org.griddesk.desktop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.registry.ImportCommit;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.registry.RegistryTransfer;
import org.griddesk.desktop.service.registry.imports.CheckReport;
import org.griddesk.desktop.service.registry.imports.ImportResult;
import org.griddesk.desktop.service.registry.imports.ProgressListener;

/**
 * {@code import --data DIR [--grid CODE] FILE}: dry run, report, then the valid households written into the
 * encrypted store through the outbox. Residents already stored (same identity number) are updated, not copied.
 * Exit 0 everything imported, 1 some rows left out, 2 unreadable file, 3/4 no store.
 */
final class ImportCommand {

    private final StoreCommandSupport stores;
    private final CheckCommand check;

    ImportCommand(StoreCommandSupport stores, CheckCommand check) {
        this.stores = stores;
        this.check = check;
    }

    int run(Path dataDir, String grid, Path file, PrintWriter out, PrintWriter err) {
        int[] failure = new int[1];
        Optional<EncryptedDeviceSession> opened = stores.open(dataDir, err, failure);
        if (opened.isEmpty()) {
            return failure[0];
        }
        try (EncryptedDeviceSession session = opened.get()) {
            RegistryService registry = Registries.open(session, null);
            Optional<ImportResult> result = check.dryRun(file,
                    CheckCommand.optionsFor(grid, registry.existingResidents()), err);
            if (result.isEmpty()) {
                return StoreCommandSupport.UNREADABLE;
            }
            CheckReport.of(result.get()).lines().forEach(out::println);
            ImportCommit commit = new RegistryTransfer(registry).commit(result.get(), ProgressListener.NONE, () -> false);
            out.println(commit.summary());
            return commit.invalid() == 0 ? 0 : StoreCommandSupport.PROBLEMS;
        }
    }
}
