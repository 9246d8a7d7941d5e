package org.griddesk.desktop.app.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

/**
 * Creates the demo village's grids and accounts on the platform the first time only; a marker file beside the platform's
 * data folder remembers that it was done. Passwords travel in short-lived owner-only files, never as arguments.
 */
final class DemoAccountSetup {

    private final Path platformDir;
    private final DemoAccounts accounts;
    private final Duration timeout;

    DemoAccountSetup(Path platformDir, DemoAccounts accounts, Duration timeout) {
        this.platformDir = platformDir;
        this.accounts = accounts;
        this.timeout = timeout;
    }

    boolean needed() {
        return !Files.exists(doneMarker());
    }

    void run(PlatformCommand command) throws DemoPlatformException {
        try {
            Files.createDirectories(platformDir);
            importGrids(command);
            addUser(command, accounts.workerUsername(), "worker", accounts.workerPassword());
            addUser(command, accounts.supervisorUsername(), "supervisor", accounts.supervisorPassword());
            Files.writeString(doneMarker(), "demo grid and accounts created\n");
        } catch (IOException e) {
            throw new DemoPlatformException(DemoPlatformException.Reason.SETUP_FAILED,
                    "could not prepare " + platformDir, e);
        }
    }

    private Path doneMarker() {
        return platformDir.resolveSibling(platformDir.getFileName() + "-accounts.done");
    }

    /** One command for all grids: every platform command starts a JVM and PostgreSQL, which costs seconds. */
    private void importGrids(PlatformCommand command) throws DemoPlatformException, IOException {
        Path gridFile = Files.createTempFile(platformDir.getParent(), "demo-grids", ".geojson");
        try {
            DemoVillage.standard().writeGrids(gridFile);
            command.run(List.of("grid", "import", "--file", gridFile.toString(), "--data", platformDir.toString()),
                    timeout);
        } finally {
            Files.deleteIfExists(gridFile);
        }
    }

    private void addUser(PlatformCommand command, String username, String role, String password)
            throws DemoPlatformException, IOException {
        Path passwordFile = Files.createTempFile(platformDir.getParent(), "demo-password", ".txt");
        try {
            restrictToOwner(passwordFile);
            Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
            command.run(List.of("user", "add", "--username", username, "--role", role, "--grids",
                    String.join(",", accounts.gridCodes()), "--password-file", passwordFile.toString(), "--data", platformDir.toString()),
                    timeout);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): the file lives for a moment in the demo folder only.
        }
    }
}
