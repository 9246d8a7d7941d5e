package org.griddesk.desktop.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
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
        assertEquals("http://127.0.0.1:9", viewModel.form().platformUrlProperty().get());

        viewModel.form().platformUrlProperty().set("127.0.0.1");
        viewModel.signIn();

        assertEquals(new Message("sync.signIn.error.address"), viewModel.form().platformUrlErrorProperty().get());
        assertEquals(new Message("sync.signIn.error.username"), viewModel.form().usernameErrorProperty().get());
        assertEquals(new Message("sync.signIn.error.password"), viewModel.form().passwordErrorProperty().get());
        viewModel.form().usernameProperty().set("demo");
        assertNull(viewModel.form().usernameErrorProperty().get());
    }

    @Test
    void anUnreachablePlatformIsReportedOnTheAddressAndThePasswordIsNotKept() {
        viewModel.load();
        viewModel.form().usernameProperty().set("demo");
        viewModel.form().passwordProperty().set("secret-password");

        viewModel.signIn();

        assertEquals(new Message("sync.signIn.error.offline"), viewModel.form().platformUrlErrorProperty().get());
        assertEquals("", viewModel.form().passwordProperty().get());
        assertFalse(viewModel.signedInProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void aConflictOnAListJoinsItsValuesInTheShownLanguage() {
        RecordKey household = new RecordKey("household", "0190b2c4-0000-7000-8000-000000000002");
        session.records().addConflict(new LocalConflict(household, 2, new Conflict("careTags", null,
                List.of("低保", "独居"), List.of("低保"), Conflict.Kept.THEIRS, "dev-a", "dev-b",
                new Hlc(1_760_000_000_000L, 0, "dev-a"), new Hlc(1_760_000_000_001L, 0, "dev-b"))));
        viewModel.load();

        Message conflict = viewModel.log().troubles().get(0).text();
        String chinese = MessageText.of(new Localization(Localization.CHINESE), conflict);
        assertTrue(chinese.contains("低保、独居"), chinese);
        String english = MessageText.of(new Localization(Localization.ENGLISH), conflict);
        assertTrue(english.contains("低保, 独居"), english);
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

        assertEquals(2, viewModel.log().troubles().size());
        TroubleRow rejected = viewModel.log().troubles().get(0);
        assertEquals(resident, rejected.discardable());
        assertEquals("sync.trouble.rejected", rejected.text().key());
        TroubleRow conflict = viewModel.log().troubles().get(1);
        assertNull(conflict.discardable());
        String shown = Arrays.toString(conflict.text().args());
        assertFalse(shown.contains("110105194912310021") || shown.contains("110105194912310013"), shown);

        dialogs.answerConfirmationsWith(true);
        viewModel.discard(rejected);

        assertEquals(1, viewModel.log().troubles().size());
        assertTrue(session.records().outbox().isEmpty());
        assertTrue(session.records().localView(resident).isEmpty());
    }

    @Test
    void syncingIsOfferedOnlyWhenSignedIn() {
        viewModel.load();
        viewModel.startSync();
        assertFalse(viewModel.run().syncingProperty().get());
        assertTrue(viewModel.log().runs().isEmpty());
    }

    @Test
    void eachGridIsNamedWithItsCodeOrShownByCodeAloneWhenNoNameIsKnown() throws Exception {
        try (SignInAnsweringPlatform platform = SignInAnsweringPlatform.answering("{\"token\":\"t\",\"role\":\"worker\","
                + "\"grids\":[\"500101001001\",\"500101001002\"],\"gridNames\":{\"500101001001\":\"幸福村一组网格\"}}")) {
            signIn(platform);
            Localization chinese = new Localization(Localization.CHINESE);

            assertEquals("当前账号 demo（网格员）· " + platform.url(),
                    MessageText.of(chinese, viewModel.accountProperty().get()));
            assertEquals(List.of("幸福村一组网格（500101001001）", "500101001002"), texts(chinese, viewModel.grids()));
            assertEquals(List.of("幸福村一组网格 (500101001001)", "500101001002"),
                    texts(new Localization(Localization.ENGLISH), viewModel.grids()));
            assertNull(viewModel.moreGridsProperty().get(), "two grids are all shown");
            assertNull(viewModel.allGridsProperty().get());
        }
    }

    @Test
    void aLongListOfGridsShowsTheFirstSixAndAllOfThemOneALineInTheTooltipText() throws Exception {
        StringBuilder codes = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            codes.append(i > 1 ? "," : "").append("\"50010100100").append(i).append('"');
            if (i != 7) {
                names.append(names.length() > 0 ? "," : "").append("\"50010100100").append(i).append("\":\"")
                        .append(i).append("组\"");
            }
        }
        try (SignInAnsweringPlatform platform = SignInAnsweringPlatform.answering("{\"token\":\"t\",\"role\":\"worker\","
                + "\"grids\":[" + codes + "],\"gridNames\":{" + names + "}}")) {
            signIn(platform);
            Localization chinese = new Localization(Localization.CHINESE);

            assertEquals(List.of("1组（500101001001）", "2组（500101001002）", "3组（500101001003）", "4组（500101001004）",
                    "5组（500101001005）", "6组（500101001006）"), texts(chinese, viewModel.grids()));
            assertEquals("等共 8 个（鼠标指向此处查看全部）", MessageText.of(chinese, viewModel.moreGridsProperty().get()));
            assertEquals("and 2 more (point here to see all 8)",
                    MessageText.of(new Localization(Localization.ENGLISH), viewModel.moreGridsProperty().get()));
            assertEquals("全部网格：\n1组（500101001001）\n2组（500101001002）\n3组（500101001003）\n4组（500101001004）\n"
                    + "5组（500101001005）\n6组（500101001006）\n500101001007\n8组（500101001008）",
                    MessageText.of(chinese, viewModel.allGridsProperty().get()));
        }
    }

    private static List<String> texts(Localization localization, List<Message> messages) {
        return messages.stream().map(message -> MessageText.of(localization, message)).toList();
    }

    private void signIn(SignInAnsweringPlatform platform) {
        viewModel.load();
        viewModel.form().platformUrlProperty().set(platform.url());
        viewModel.form().usernameProperty().set("demo");
        viewModel.form().passwordProperty().set("demo-worker-2026");
        viewModel.signIn();
        assertTrue(viewModel.signedInProperty().get());
    }
}
