package org.griddesk.desktop.ui.households;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.sync.GridNames;
import org.griddesk.desktop.service.sync.SyncDevices;
import org.griddesk.desktop.service.sync.SyncService;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.desktop.testing.SignInAnsweringPlatform;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 住户 grid filter says grids by the names the platform gave at sign-in, on a real encrypted store and a real
 * sign-in over HTTP; it keeps filtering by code and keeps the chosen grid when the names come and go.
 */
class HouseholdGridNamesTest {

    private static final String NAMED = "500101001001";
    private static final String UNNAMED = "500101001002";
    private static final String LOGIN_ANSWER = "{\"token\":\"t\",\"role\":\"worker\",\"grids\":[\"" + NAMED + "\",\""
            + UNNAMED + "\"],\"gridNames\":{\"" + NAMED + "\":\"幸福村第一网格\"}}";

    @TempDir
    Path dataDir;

    private EncryptedDeviceSession session;
    private SignInAnsweringPlatform platform;
    private SyncService sync;
    private RegistryService registry;
    private final Localization localization = new Localization(Locale.SIMPLIFIED_CHINESE);
    private HouseholdsViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        session = RegistryFixtures.newSession(dataDir, "住户-网格名称-2026");
        platform = SignInAnsweringPlatform.answering(LOGIN_ANSWER);
        sync = SyncServices.of(session, SyncDevices.QUICK);
        registry = RegistryFixtures.registry(session.records(), RegistryFixtures.auditOf(session));
        registry.saveHousehold(null, RegistryFixtures.household("幸福村1号", NAMED));
        registry.saveHousehold(null, RegistryFixtures.household("幸福村2号", UNNAMED));
        viewModel = new HouseholdsViewModel(progress -> registry, new NoDrafts(), new CurrentThreadTaskExecutor(),
                new RecordingDialogService(), localization, GridNames.of(session));
    }

    @AfterEach
    void close() {
        platform.close();
        session.close();
    }

    @Test
    void signedInTheFilterSaysTheNameWithTheCodeInTheListAndStillFiltersByCode() throws Exception {
        sync.signIn(platform.url(), "demo", "pw".toCharArray());
        viewModel.load();

        assertEquals(List.of(NAMED, UNNAMED), viewModel.grids());
        assertEquals("幸福村第一网格", viewModel.gridName(NAMED));
        assertEquals("幸福村第一网格（500101001001）", localization.lang(viewModel.gridLabel(NAMED)));
        assertEquals(UNNAMED, viewModel.gridName(UNNAMED), "a grid the platform gave no name goes by its code");
        assertEquals(UNNAMED, localization.lang(viewModel.gridLabel(UNNAMED)));

        viewModel.gridFilterProperty().set(NAMED);
        assertEquals(List.of("幸福村1号"), addresses());
        viewModel.gridFilterProperty().set(UNNAMED);
        assertEquals(List.of("幸福村2号"), addresses());
        viewModel.gridFilterProperty().set(null);
        assertEquals(List.of("幸福村1号", "幸福村2号"), addresses());
    }

    @Test
    void notSignedInEveryGridGoesByItsCode() {
        viewModel.load();

        assertEquals(NAMED, viewModel.gridName(NAMED));
        assertEquals(NAMED, localization.lang(viewModel.gridLabel(NAMED)));
    }

    @Test
    void signingInAndOutRenamesTheGridsOnReloadAndKeepsTheChosenOne() throws Exception {
        viewModel.load();
        viewModel.gridFilterProperty().set(NAMED);

        sync.signIn(platform.url(), "demo", "pw".toCharArray());
        viewModel.reload();
        assertEquals("幸福村第一网格", viewModel.gridName(NAMED));
        assertEquals(NAMED, viewModel.gridFilterProperty().get());
        assertEquals(List.of("幸福村1号"), addresses());

        sync.signOut();
        viewModel.reload();
        assertEquals(NAMED, viewModel.gridName(NAMED));
        assertEquals(NAMED, viewModel.gridFilterProperty().get());
        assertEquals(List.of("幸福村1号"), addresses());
    }

    private List<String> addresses() {
        return viewModel.households().stream().map(HouseholdRow::address).sorted().toList();
    }
}
