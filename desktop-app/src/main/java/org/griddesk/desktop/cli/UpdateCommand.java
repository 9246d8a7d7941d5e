package org.griddesk.desktop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.griddesk.desktop.service.PlatformAddress;
import org.griddesk.desktop.service.update.AvailableUpdate;
import org.griddesk.desktop.service.update.DesktopUpdates;
import org.griddesk.desktop.service.update.UpdateException;

/**
 * {@code griddesk update}: what the 同步 notice does, for an administrator's script: asks the platform for a newer
 * GridDesk, downloads it into {@code DATA/updates}, keeps it only with the published SHA-256 and prints the command
 * that installs it. It installs nothing and needs no passphrase: the store is not opened.
 */
public final class UpdateCommand {

    static final int FAILED = 1;

    private final Optional<String> currentVersion;

    public UpdateCommand(Optional<String> currentVersion) {
        this.currentVersion = currentVersion;
    }

    /** {@code server}: the platform's address, already chosen (option, data folder, installation). */
    public int run(Path data, Optional<String> server, PrintWriter out, PrintWriter err) {
        if (server.isEmpty()) {
            err.println("no platform address: give --server URL (or install the app with one)");
            return GridDeskCommand.USAGE_ERROR;
        }
        if (PlatformAddress.parse(server.get()).isEmpty()) {
            err.println("--server must be an http:// or https:// address: " + server.get());
            return GridDeskCommand.USAGE_ERROR;
        }
        if (currentVersion.isEmpty()) {
            out.println("development build: no version to compare with the platform's packages");
            return 0;
        }
        DesktopUpdates updates = new DesktopUpdates(data.resolve("updates"), currentVersion);
        try {
            Optional<AvailableUpdate> found = updates.check(server.get());
            if (found.isEmpty()) {
                out.println("GridDesk " + currentVersion.get() + " is up to date");
                return 0;
            }
            AvailableUpdate update = found.get();
            out.println("GridDesk " + update.version() + " is available: " + update.file() + " (" + update.size()
                    + " bytes)");
            Path file = updates.download(update, (done, total) -> { }, () -> false);
            out.println("downloaded and checked (SHA-256 " + update.sha256() + "): " + file.toAbsolutePath());
            out.println(DesktopUpdates.installCommand(file).map(command -> "install with: " + command)
                    .orElse("open it to install"));
            return 0;
        } catch (UpdateException e) {
            err.println("update failed: " + e.getMessage());
            return FAILED;
        } catch (CancellationException e) {
            err.println("update cancelled");
            return FAILED;
        }
    }
}
