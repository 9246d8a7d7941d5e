package org.griddesk.desktop.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.sync.SyncDevices;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.desktop.testing.SignInAnsweringPlatform;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.Conflict;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.LocalConflict;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 同步 view-model on a real encrypted store, without a screen and without a platform. */
class SyncViewModelTest {

    @TempDir
    Path dataDir;
    private EncryptedDeviceSession session;
    private SyncViewModel viewModel;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @BeforeEach
    void openStore() throws Exception {
        session = SyncDevices.create(dataDir);
        session.settings().setPlatformUrl("http://127.0.0.1:9");
        viewModel = new SyncViewModel(SyncServices.of(session, SyncDevices.QUICK), new CurrentThreadTaskExecutor(),
                dialogs, Runnable::run, ZoneOffset.UTC);
    }

    @AfterEach
    void closeStore() {
        session.close();
    }

    @Test
    void theFormIsPrefilledWithTheStoredAddressAndMissingFieldsAreMarkedWhereTheyAre() {
        viewModel.load();
        assertFalse(viewModel.signedInProperty().get());
        assertEquals("http://127.0.0.1:9", viewModel.platformUrlProperty().get());

        viewModel.platformUrlProperty().set("127.0.0.1");
        viewModel.signIn();

        assertEquals(new Message("sync.signIn.error.address"), viewModel.platformUrlErrorProperty().get());
        assertEquals(new Message("sync.signIn.error.username"), viewModel.usernameErrorProperty().get());
        assertEquals(new Message("sync.signIn.error.password"), viewModel.passwordErrorProperty().get());
        viewModel.usernameProperty().set("demo");
        assertNull(viewModel.usernameErrorProperty().get());
    }

    @Test
    void anUnreachablePlatformIsReportedOnTheAddressAndThePasswordIsNotKept() {
        viewModel.load();
        viewModel.usernameProperty().set("demo");
        viewModel.passwordProperty().set("secret-password");

        viewModel.signIn();

        assertEquals(new Message("sync.signIn.error.offline"), viewModel.platformUrlErrorProperty().get());
        assertEquals("", viewModel.passwordProperty().get());
        assertFalse(viewModel.signedInProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void rejectedRecordsCanBeDiscardedAndConflictsShowBothValuesMasked() {
        RecordKey resident = new RecordKey("resident", "0190b2c4-0000-7000-8000-000000000001");
        new LocalChanges(session.records(), session.clock()).set(resident, Map.of("name", "王五"));
        session.records().setStatus(resident, new RecordSyncStatus(SyncState.REJECTED, "invalid_field: 身份证号校验位错误"));
        session.records().addConflict(new LocalConflict(resident, 3, new Conflict("idNumber", null,
                "110105194912310021", "110105194912310013", Conflict.Kept.THEIRS, "dev-a", "dev-b",
                new Hlc(1_760_000_000_000L, 0, "dev-a"), new Hlc(1_760_000_000_001L, 0, "dev-b"))));
        viewModel.load();

        assertEquals(2, viewModel.troubles().size());
        TroubleRow rejected = viewModel.troubles().get(0);
        assertEquals(resident, rejected.discardable());
        assertEquals("sync.trouble.rejected", rejected.text().key());
        TroubleRow conflict = viewModel.troubles().get(1);
        assertNull(conflict.discardable());
        String shown = Arrays.toString(conflict.text().args());
        assertFalse(shown.contains("110105194912310021") || shown.contains("110105194912310013"), shown);

        dialogs.answerConfirmationsWith(true);
        viewModel.discard(rejected);

        assertEquals(1, viewModel.troubles().size());
        assertTrue(session.records().outbox().isEmpty());
        assertTrue(session.records().localView(resident).isEmpty());
    }

    @Test
    void syncingIsOfferedOnlyWhenSignedIn() {
        viewModel.load();
        viewModel.startSync();
        assertFalse(viewModel.syncingProperty().get());
        assertTrue(viewModel.runs().isEmpty());
    }

    @Test
    void theAccountLineNamesEachGridWithItsCodeAndShowsTheCodeAloneWhenNoNameIsKnown() throws Exception {
        try (SignInAnsweringPlatform platform = SignInAnsweringPlatform.answering("{\"token\":\"t\",\"role\":\"worker\","
                + "\"grids\":[\"500101001001\",\"500101001002\"],\"gridNames\":{\"500101001001\":\"幸福村一组网格\"}}")) {
            signIn(platform);

            assertEquals("当前账号 demo（网格员）· 网格 幸福村一组网格（500101001001）、500101001002 · " + platform.url(),
                    MessageText.of(new Localization(Localization.CHINESE), viewModel.accountProperty().get()));
            assertEquals("Signed in as demo (grid worker) · grids 幸福村一组网格 (500101001001), 500101001002 · "
                    + platform.url(), MessageText.of(new Localization(Localization.ENGLISH),
                    viewModel.accountProperty().get()));
            assertNull(viewModel.allGridsProperty().get(), "two grids fit on the line");
        }
    }

    @Test
    void aLongListOfGridsNamesTheFirstFewOnTheLineAndAllOfThemOneALine() throws Exception {
        try (SignInAnsweringPlatform platform = SignInAnsweringPlatform.answering("{\"token\":\"t\",\"role\":\"worker\","
                + "\"grids\":[\"500101001001\",\"500101001002\",\"500101001003\",\"500101001004\",\"500101001005\"],"
                + "\"gridNames\":{\"500101001001\":\"一组\",\"500101001002\":\"二组\",\"500101001003\":\"三组\","
                + "\"500101001005\":\"五组\"}}")) {
            signIn(platform);
            Localization chinese = new Localization(Localization.CHINESE);

            assertEquals("当前账号 demo（网格员）· 网格 一组（500101001001）、二组（500101001002）、三组（500101001003）"
                    + " 等共 5 个（指向此行查看全部） · " + platform.url(),
                    MessageText.of(chinese, viewModel.accountProperty().get()));
            assertEquals("全部网格：\n一组（500101001001）\n二组（500101001002）\n三组（500101001003）\n500101001004\n"
                    + "五组（500101001005）", MessageText.of(chinese, viewModel.allGridsProperty().get()));
        }
    }

    private void signIn(SignInAnsweringPlatform platform) {
        viewModel.load();
        viewModel.platformUrlProperty().set(platform.url());
        viewModel.usernameProperty().set("demo");
        viewModel.passwordProperty().set("demo-worker-2026");
        viewModel.signIn();
        assertTrue(viewModel.signedInProperty().get());
    }
}
