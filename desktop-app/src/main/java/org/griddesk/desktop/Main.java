package org.griddesk.desktop;

import org.griddesk.desktop.app.InstalledPlatform;
import org.griddesk.desktop.app.demo.DemoMode;
import org.griddesk.desktop.cli.GridDeskCommand;
import org.griddesk.desktop.service.VaultFactory;
import picocli.CommandLine;

/**
 * Entry point of griddesk.jar. Not a JavaFX Application subclass on purpose: a plain main class starts from a
 * class path jar without the JavaFX launcher checks, and the command line is parsed before any UI exists.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(commandLine().execute(args));
    }

    /** Flyway reports every routine step at info level; on the command line only our own lines should show. */
    private static void quietLibraryLogging() {
        String flywayLevel = "org.slf4j.simpleLogger.log.org.flywaydb";
        if (System.getProperty(flywayLevel) == null) {
            System.setProperty(flywayLevel, "error");
        }
    }

    /** The production wiring of the command line; tests build their own {@link GridDeskCommand}. */
    static CommandLine commandLine() {
        GridDeskCommand command = new GridDeskCommand(System.getenv(), VaultFactory::open,
                DemoMode.standard(VaultFactory::open), new GuiLauncher(), InstalledPlatform.defaultFiles());
        return new CommandLine(command);
    }
}
