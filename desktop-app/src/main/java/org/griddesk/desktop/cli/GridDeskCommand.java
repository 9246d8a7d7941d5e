package org.griddesk.desktop.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.griddesk.desktop.app.DataFolders;
import org.griddesk.desktop.app.demo.DemoMode;
import org.griddesk.desktop.app.demo.DemoPlatform;
import org.griddesk.desktop.app.GuiStarter;
import org.griddesk.desktop.app.InstalledPlatform;
import org.griddesk.desktop.app.LaunchOptions;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.PlatformAddress;
import org.griddesk.desktop.service.PlatformPreset;
import org.griddesk.desktop.service.update.AppVersion;
import org.griddesk.sync.client.ClientSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line of griddesk.jar: start the GUI (normal or demo) or check the store without a screen. */
/* INHERIT gives every subcommand, also those added later, its own --help and --version. */
@Command(name = "griddesk", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = GridDeskVersion.class,
        description = "GridDesk 网格通: offline-first desktop app for grid workers.")
public final class GridDeskCommand implements Callable<Integer> {

    static final int USAGE_ERROR = 2;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (default: $GRIDDESK_DATA or ~/.griddesk; ./demo-data with --demo).")
    private Path dataDir;

    @Option(names = "--demo", description = "Demo mode: a demo store and a local county platform.")
    private boolean demo;

    @Option(names = "--platform", paramLabel = "URL",
            description = "County platform address the sign-in form offers (kept in the data folder; default: "
                    + "$GRIDDESK_PLATFORM, platform.properties beside griddesk.jar, /etc/griddesk/griddesk.conf).")
    private String platform;

    @Option(names = "--self-check",
            description = "Create or open the store in --data with $GRIDDESK_PASSPHRASE, migrate, report, exit.")
    private boolean selfCheck;

    @Spec
    private CommandSpec spec;

    private final Map<String, String> environment;
    private final Function<Path, EncryptedVault> vaults;
    private final DemoMode demoMode;
    private final GuiStarter gui;
    private final List<Path> platformFiles;

    /** Without install-time platform files (tests): only --platform and $GRIDDESK_PLATFORM preset the address. */
    public GridDeskCommand(Map<String, String> environment, Function<Path, EncryptedVault> vaults, DemoMode demoMode,
                           GuiStarter gui) {
        this(environment, vaults, demoMode, gui, List.of());
    }

    /** {@code platformFiles}: where the installation may hold the platform address (see {@link InstalledPlatform}). */
    public GridDeskCommand(Map<String, String> environment, Function<Path, EncryptedVault> vaults, DemoMode demoMode,
                           GuiStarter gui, List<Path> platformFiles) {
        this.platformFiles = List.copyOf(platformFiles);
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
        if (!presetPlatform(folder)) {
            return USAGE_ERROR;
        }
        gui.start(new LaunchOptions(folder, Optional.empty()));
        return 0;
    }

    /**
     * Keeps the install-time platform address in the data folder, where the sign-in form finds it. A wrong
     * {@code --platform} stops the start; a wrong value in a file or the environment is only reported.
     */
    private boolean presetPlatform(Path folder) {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> address;
        if (platform != null) {
            address = PlatformAddress.parse(platform);
            if (address.isEmpty()) {
                err.println("--platform must be an http:// or https:// address, e.g. https://griddesk.county.example: "
                        + platform);
                return false;
            }
        } else {
            InstalledPlatform.Found found = InstalledPlatform.find(environment, platformFiles);
            found.warnings().forEach(err::println);
            address = found.address();
        }
        PlatformPreset preset = new PlatformPreset(folder);
        if (address.isPresent() && !address.equals(preset.read())) {
            try {
                preset.write(address.get());
            } catch (UncheckedIOException e) {
                // the worker can still type the address; the unlock screen says what is wrong with the folder
                err.println("cannot keep the platform address in " + folder + ": " + e.getMessage());
            }
        }
        return true;
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
        Path demoDir = dataDir != null ? dataDir : DataFolders.defaultDemoDir();
        LaunchOptions options = new LaunchOptions(demoDir, Optional.of(demoMode.prepare(demoDir)));
        DemoPlatform platform = options.demo().orElseThrow().platform();
        platform.startInBackground();
        try {
            gui.start(options);
        } finally {
            platform.stop();
        }
        return 0;
    }

    // --- map: what a map file holds ---

    @Command(name = "layers", description = "List the layers of a map file (.gpkg, .geojson, .shp, .mbtiles), one a line.")
    int layers(@CommandLine.Parameters(paramLabel = "FILE") Path file) {
        return new LayersCommand().run(file, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    // --- registry: resident lists (check, import, export) ---

    @Command(name = "check", description = "Check a resident list (.csv/.xlsx) as an import would; no store needed.")
    int check(@CommandLine.Parameters(paramLabel = "FILE") Path file,
              @Option(names = "--grid", paramLabel = "CODE") String grid) {
        return CheckCommand.standard().run(file, grid, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    @Command(name = "import", description = "Import a resident list into the store (passphrase: $GRIDDESK_PASSPHRASE).")
    int importList(@Option(names = "--data", paramLabel = "DIR", required = true) Path data,
                   @Option(names = "--grid", paramLabel = "CODE") String grid,
                   @CommandLine.Parameters(paramLabel = "FILE") Path file) {
        return new ImportCommand(new StoreCommandSupport(environment, vaults), CheckCommand.standard())
                .run(data, grid, file, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    @Command(name = "export", description = "Export the stored residents to .xlsx or .csv (numbers masked unless --full-numbers).")
    int exportList(@Option(names = "--data", paramLabel = "DIR", required = true) Path data,
                   @Option(names = "--full-numbers") boolean fullNumbers,
                   @CommandLine.Parameters(paramLabel = "FILE") Path file) {
        return new ExportCommand(new StoreCommandSupport(environment, vaults))
                .run(data, file, fullNumbers, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    // --- sync: one run against the county platform ---

    @Command(name = "sync", description = "Sync the store with the county platform (passphrase: $GRIDDESK_PASSPHRASE).")
    int sync(@Option(names = "--data", paramLabel = "DIR", required = true) Path data,
             @Option(names = "--server", paramLabel = "URL") String server,
             @Option(names = "--username", paramLabel = "U") String username,
             @Option(names = "--password-file", paramLabel = "F") Path passwordFile) {
        return new SyncCommand(new StoreCommandSupport(environment, vaults), ClientSettings.standard())
                .run(data, server, username, passwordFile, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    // --- update: a newer GridDesk from the county platform ---

    @Command(name = "update", description = "Download a newer GridDesk from the county platform into DATA/updates, "
            + "check its SHA-256 and print the command that installs it (installs nothing; no passphrase needed).")
    int update(@Option(names = "--data", paramLabel = "DIR") Path data,
               @Option(names = "--server", paramLabel = "URL",
                       description = "Platform address (default: the one the app was installed with)") String server) {
        Path folder = data != null ? data : DataFolders.defaultDataDir(environment);
        Optional<String> address = Optional.ofNullable(server)
                .or(() -> new PlatformPreset(folder).read())
                .or(() -> InstalledPlatform.find(environment, platformFiles).address());
        return new UpdateCommand(AppVersion.current()).run(folder, address, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
