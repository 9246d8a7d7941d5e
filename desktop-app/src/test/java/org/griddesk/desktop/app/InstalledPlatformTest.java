package org.griddesk.desktop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.app.demo.DemoMode;
import org.griddesk.desktop.cli.GridDeskCommand;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.PlatformPreset;
import org.griddesk.desktop.service.sync.SyncDevices;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.desktop.ui.sync.SyncViewModel;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The platform address a county's IT office sets when it installs the app: from the command line, the environment,
 * a file beside the application or /etc/griddesk/griddesk.conf, kept in the data folder, and offered by the first
 * sign-in form.
 */
class InstalledPlatformTest {
    private static final String COUNTY = "https://griddesk.county.example";

    @TempDir
    Path folder;

    private final Map<String, String> environment = new HashMap<>();
    private final List<LaunchOptions> guiStarts = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    @Test
    void theEnvironmentComesFirstThenTheFilesInOrderAndBadValuesAreSkippedWithAWarning() throws Exception {
        Path besideTheApp = write("app.properties", "platform=ftp://wrong.example\n");
        Path system = write("griddesk.conf", "# set by the county IT office\nplatform = " + COUNTY + "\n");

        InstalledPlatform.Found found = InstalledPlatform.find(environment, List.of(besideTheApp, system));
        assertEquals(Optional.of(COUNTY), found.address());
        assertEquals(1, found.warnings().size());
        assertTrue(found.warnings().get(0).contains("ftp://wrong.example"), found.warnings().toString());

        environment.put(InstalledPlatform.ENV, "http://10.1.2.3:8080");
        assertEquals(Optional.of("http://10.1.2.3:8080"),
                InstalledPlatform.find(environment, List.of(besideTheApp, system)).address());

        environment.put(InstalledPlatform.ENV, "griddesk.county.example");
        InstalledPlatform.Found noScheme = InstalledPlatform.find(environment, List.of(folder.resolve("none")));
        assertEquals(Optional.empty(), noScheme.address());
        assertTrue(noScheme.warnings().get(0).contains("GRIDDESK_PLATFORM"), noScheme.warnings().toString());
    }

    @Test
    void anInstalledAddressIsKeptInTheDataFolderWhenTheAppStarts() throws Exception {
        Path data = folder.resolve("data");
        Path system = write("griddesk.conf", "platform=" + COUNTY + "\n");

        assertEquals(0, run(List.of(system), "--data", data.toString()));

        assertEquals(1, guiStarts.size());
        assertEquals(Optional.of(COUNTY), new PlatformPreset(data).read());
    }

    @Test
    void platformOnTheCommandLineWinsAndAWrongOneStopsTheStartWithAMessage() throws Exception {
        Path data = folder.resolve("data");
        Path system = write("griddesk.conf", "platform=" + COUNTY + "\n");

        assertEquals(0, run(List.of(system), "--data", data.toString(), "--platform", "http://192.168.1.20:8080"));
        assertEquals(Optional.of("http://192.168.1.20:8080"), new PlatformPreset(data).read());

        assertEquals(2, run(List.of(system), "--data", data.toString(), "--platform", "griddesk.county.example"));
        assertTrue(err.toString().contains("--platform must be an http:// or https:// address"), err.toString());
        assertEquals(1, guiStarts.size(), "no window for a wrong address");
        assertEquals(Optional.of("http://192.168.1.20:8080"), new PlatformPreset(data).read(), "nothing overwritten");
    }

    @Test
    void aDataFolderThatCannotHoldTheAddressIsReportedAndTheAppStillStarts() throws Exception {
        Path notAFolder = write("data", "a file where the data folder should be");

        assertEquals(0, run(List.of(), "--data", notAFolder.toString(), "--platform", COUNTY));

        assertEquals(1, guiStarts.size());
        assertTrue(err.toString().contains("cannot keep the platform address in " + notAFolder), err.toString());
    }

    @Test
    void theFirstSignInFormOffersTheInstalledAddressAndAStoredOneStillWins() throws Exception {
        Path data = folder.resolve("data");
        new PlatformPreset(data).write(COUNTY);
        EncryptedDeviceSession session = SyncDevices.create(data);
        try {
            SyncViewModel first = viewModel(session);
            first.load();
            assertEquals(COUNTY, first.form().platformUrlProperty().get());

            session.settings().setPlatformUrl("http://127.0.0.1:9");
            SyncViewModel later = viewModel(session);
            later.load();
            assertEquals("http://127.0.0.1:9", later.form().platformUrlProperty().get());
        } finally {
            session.close();
        }
    }

    private static SyncViewModel viewModel(EncryptedDeviceSession session) {
        return new SyncViewModel(SyncServices.of(session, SyncDevices.QUICK), new CurrentThreadTaskExecutor(),
                new RecordingDialogService(), Runnable::run, ZoneOffset.UTC);
    }

    private int run(List<Path> platformFiles, String... args) {
        java.util.function.Function<Path, EncryptedVault> vaults = dir -> new EncryptedVault(dir,
                StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1));
        CommandLine commandLine = new CommandLine(new GridDeskCommand(environment, vaults,
                DemoMode.standard(vaults::apply), guiStarts::add, platformFiles));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
