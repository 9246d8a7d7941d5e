package org.griddesk.desktop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.registry.RegistryTransfer;
import org.griddesk.desktop.service.registry.imports.ProgressListener;

/**
 * {@code export --data DIR [--full-numbers] FILE}: the stored residents as .xlsx or .csv in the import's
 * columns. Numbers are masked unless --full-numbers asks for a list to import again, which is audited.
 */
final class ExportCommand {

    private final StoreCommandSupport stores;

    ExportCommand(StoreCommandSupport stores) {
        this.stores = stores;
    }

    int run(Path dataDir, Path file, boolean fullNumbers, PrintWriter out, PrintWriter err) {
        int[] failure = new int[1];
        Optional<EncryptedDeviceSession> opened = stores.open(dataDir, err, failure);
        if (opened.isEmpty()) {
            return failure[0];
        }
        try (EncryptedDeviceSession session = opened.get()) {
            RegistryService registry = Registries.open(session, null);
            new RegistryTransfer(registry).export(file, fullNumbers, Locale.SIMPLIFIED_CHINESE, ProgressListener.NONE,
                    () -> false);
            out.println("exported " + registry.residents().size() + " residents to " + file
                    + (fullNumbers ? " (full numbers)" : " (numbers masked)"));
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot write " + file + ": " + e.getMessage());
            return StoreCommandSupport.UNREADABLE;
        }
    }
}
