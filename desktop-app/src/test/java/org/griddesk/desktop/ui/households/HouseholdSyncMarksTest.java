package org.griddesk.desktop.ui.households;

import static org.griddesk.desktop.service.registry.RegistryFixtures.GRID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Locale;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.ui.common.SyncMark;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 住户 list's per-row sync marker, read from the real encrypted device store. */
class HouseholdSyncMarksTest {

    @TempDir
    Path dataDir;

    private EncryptedDeviceSession session;
    private RegistryService registry;
    private HouseholdsViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        session = RegistryFixtures.newSession(dataDir, "住户-同步标记-2026");
        registry = RegistryFixtures.registry(session.records(), RegistryFixtures.auditOf(session));
        viewModel = new HouseholdsViewModel(progress -> registry, new NoDrafts(), new CurrentThreadTaskExecutor(), new RecordingDialogService(), new Localization(Locale.SIMPLIFIED_CHINESE));
        viewModel.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private String addHousehold(String address) {
        viewModel.newHousehold();
        FormFields form = viewModel.formProperty().get().fields();
        form.value(HouseholdFields.ADDRESS).set(address);
        form.value(HouseholdFields.DIVISION_CODE).set(GRID);
        form.value(HouseholdFields.GRID).set(GRID);
        viewModel.formProperty().get().save();
        return viewModel.detailProperty().get().id();
    }

    private HouseholdRow row(String id) {
        return viewModel.households().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aNewHouseholdWaitsForUpload() {
        String id = addHousehold("东方广场1号");

        assertEquals(SyncMark.PENDING, row(id).sync());
        assertNull(row(id).syncReason());
    }

    @Test
    void eachRowShowsSyncedRejectedWithItsReasonOrConflict() {
        String synced = addHousehold("东方广场1号");
        String rejected = addHousehold("东方广场2号");
        String conflict = addHousehold("东方广场3号");
        session.records().setStatus(new RecordKey("household", synced), RecordSyncStatus.SYNCED);
        session.records().setStatus(new RecordKey("household", rejected),
                new RecordSyncStatus(SyncState.REJECTED, "out_of_scope: The record is outside your scope"));
        session.records().setStatus(new RecordKey("household", conflict),
                new RecordSyncStatus(SyncState.CONFLICT, "address"));

        viewModel.refreshSyncStates();

        assertEquals(SyncMark.SYNCED, row(synced).sync());
        assertEquals(SyncMark.REJECTED, row(rejected).sync());
        assertEquals(new Message("platform.error.out_of_scope"), row(rejected).syncReason());
        assertEquals(SyncMark.CONFLICT, row(conflict).sync());
    }

    @Test
    void theSavedWillUploadNoticeGoesOnceTheSyncHasUploadedIt() {
        String id = addHousehold("东方广场1号");
        assertEquals(new Message("households.saved"), viewModel.noticeProperty().get());
        viewModel.refreshSyncStates();
        assertEquals(new Message("households.saved"), viewModel.noticeProperty().get(), "still waiting");

        session.records().setStatus(new RecordKey("household", id), RecordSyncStatus.SYNCED);
        viewModel.refreshSyncStates();

        assertNull(viewModel.noticeProperty().get());
    }

    @Test
    void aResidentWaitingForUploadMarksItsHousehold() {
        String id = addHousehold("东方广场1号");
        session.records().setStatus(new RecordKey("household", id), RecordSyncStatus.SYNCED);
        viewModel.refreshSyncStates();
        assertEquals(SyncMark.SYNCED, row(id).sync());

        viewModel.newResident();
        FormFields form = viewModel.formProperty().get().fields();
        form.value(org.griddesk.model.record.ResidentFields.NAME).set("张三");
        form.value(org.griddesk.model.record.ResidentFields.ID_NUMBER).set(RegistryFixtures.ZHANG_SAN_ID);
        form.value(org.griddesk.model.record.ResidentFields.SEX).set("1");
        form.value(org.griddesk.model.record.ResidentFields.BIRTH_DATE).set("1990-03-07");
        viewModel.formProperty().get().save();

        assertEquals(SyncMark.PENDING, row(id).sync());
    }
}
