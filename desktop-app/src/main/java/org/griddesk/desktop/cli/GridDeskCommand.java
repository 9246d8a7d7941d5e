package org.griddesk.desktop.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.griddesk.desktop.app.DataFolders;
import org.griddesk.desktop.app.DemoMode;
import org.griddesk.desktop.app.DemoPlatform;
import org.griddesk.desktop.app.GuiStarter;
import org.griddesk.desktop.app.LaunchOptions;
import org.griddesk.desktop.service.EncryptedVault;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line of griddesk.jar: start the GUI (normal or demo) or check the store without a screen. */
@Command(name = "griddesk", mixinStandardHelpOptions = true, version = "GridDesk 0.1",
        description = "GridDesk 网格通: offline-first desktop app for grid workers.")
public final class GridDeskCommand implements Callable<Integer> {

    static final int USAGE_ERROR = 2;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (default: $GRIDDESK_DATA or ~/.griddesk; ./demo-data with --demo).")
    private Path dataDir;

    @Option(names = "--demo", description = "Demo mode: a demo store and a local county platform.")
    private boolean demo;

    @Option(names = "--self-check",
            description = "Create or open the store in --data with $GRIDDESK_PASSPHRASE, migrate, report, exit.")
    private boolean selfCheck;

    @Spec
    private CommandSpec spec;

    private final Map<String, String> environment;
    private final Function<Path, EncryptedVault> vaults;
    private final DemoMode demoMode;
    private final GuiStarter gui;

    public GridDeskCommand(Map<String, String> environment, Function<Path, EncryptedVault> vaults, DemoMode demoMode,
                           GuiStarter gui) {
        this.environment = environment;
        this.vaults = vaults;
        this.demoMode = demoMode;
        this.gui = gui;
    }

    @Override
    public Integer call() throws Exception {
        if (selfCheck) {
            return selfCheck();
        }
        if (demo) {
            return runDemo();
        }
        Path folder = dataDir != null ? dataDir : DataFolders.defaultDataDir(environment);
        gui.start(new LaunchOptions(folder, Optional.empty()));
        return 0;
    }

    private int selfCheck() {
        if (dataDir == null || demo) {
            spec.commandLine().getErr().println("--self-check needs --data DIR and cannot be combined with --demo");
            return USAGE_ERROR;
        }
        CommandLine commandLine = spec.commandLine();
        return new SelfCheck(environment, vaults).run(dataDir, commandLine.getOut(), commandLine.getErr());
    }

    private int runDemo() throws Exception {
        LaunchOptions options = demoMode.prepare(dataDir != null ? dataDir : DataFolders.defaultDemoDir());
        DemoPlatform platform = options.demo().orElseThrow().platform();
        platform.startInBackground();
        try {
            gui.start(options);
        } finally {
            platform.stop();
        }
        return 0;
    }
}
