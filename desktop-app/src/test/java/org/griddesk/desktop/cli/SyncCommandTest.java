package org.griddesk.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.griddesk.desktop.app.demo.DemoMode;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.desktop.testing.CountyPlatformProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code griddesk sync} against the real county platform. */
class SyncCommandTest {

    private static final String PASSPHRASE = "命令行-同步-passphrase-5";

    @TempDir
    static Path platformDir;
    private static CountyPlatformProcess platform;

    @TempDir
    Path dataDir;

    private final Map<String, String> environment = new HashMap<>(Map.of("GRIDDESK_PASSPHRASE", PASSPHRASE));
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = CountyPlatformProcess.start(platformDir);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void withoutATokenItAsksToSignInThenSignsInSyncsAndLaterSyncsWithTheStoredToken() throws Exception {
        RecordKey issue = new RecordKey("issue", new UuidV7Generator().nextId());
        try (EncryptedDeviceSession session = vault(dataDir).create(PASSPHRASE.toCharArray())) {
            new LocalChanges(session.records(), session.clock()).set(issue, Map.of("grid", CountyPlatformProcess.GRID,
                    "category", "environment", "title", "河道有垃圾", "status", "open"));
        }

        assertEquals(SyncCommand.NOT_SIGNED_IN, run("sync", "--data", dataDir.toString(), "--server", platform.url()));
        assertTrue(err.toString().contains("sign in first in the app or with `sync --username U --password-file F`"),
                err.toString());

        Path passwordFile = dataDir.resolveSibling(dataDir.getFileName() + "-password.txt");
        Files.writeString(passwordFile, new String(platform.workerPassword()) + "\n", StandardCharsets.UTF_8);
        assertEquals(0, run("sync", "--data", dataDir.toString(), "--server", platform.url(),
                "--username", CountyPlatformProcess.WORKER, "--password-file", passwordFile.toString()), err.toString());
        // the first pull brings, beside the worker's records, what every device gets: the grid and the templates
        assertEquals("pushed 1, applied 1, merged 0, conflicts 0, rejected 0, pulled 6", lastLine(out));

        assertEquals(0, run("sync", "--data", dataDir.toString(), "--server", platform.url()), err.toString());
        assertEquals("pushed 0, applied 0, merged 0, conflicts 0, rejected 0, pulled 0", lastLine(out));
        assertTrue(!out.toString().contains(new String(platform.workerPassword())));
    }

    @Test
    void aWrongPasswordIsAClearSignInFailure() throws Exception {
        vault(dataDir).create(PASSPHRASE.toCharArray()).close();
        Path passwordFile = dataDir.resolveSibling(dataDir.getFileName() + "-wrong.txt");
        Files.writeString(passwordFile, "not-the-password", StandardCharsets.UTF_8);

        assertEquals(SyncCommand.SIGN_IN_FAILED, run("sync", "--data", dataDir.toString(), "--server", platform.url(),
                "--username", CountyPlatformProcess.WORKER, "--password-file", passwordFile.toString()));
        assertTrue(err.toString().contains("username or password is wrong"), err.toString());
    }

    private EncryptedVault vault(Path dir) {
        return new EncryptedVault(dir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1));
    }

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new GridDeskCommand(environment, this::vault,
                DemoMode.standard(this::vault), options -> { }));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static String lastLine(StringWriter writer) {
        String[] lines = writer.toString().strip().split("\\R");
        return lines[lines.length - 1];
    }
}
