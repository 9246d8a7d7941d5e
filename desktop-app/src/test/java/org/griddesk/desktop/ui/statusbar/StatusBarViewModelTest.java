package org.griddesk.desktop.ui.statusbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.griddesk.desktop.service.StatusSnapshot;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {

    private final StatusBarViewModel viewModel = new StatusBarViewModel(ZoneId.of("Asia/Shanghai"));

    @Test
    void beforeTheFirstSnapshotNothingIsClaimed() {
        assertFalse(viewModel.knownProperty().get());
        assertEquals(new Message("status.checking"), viewModel.connectionProperty().get());
        assertEquals(new Message("status.lastSync.never"), viewModel.lastSyncProperty().get());
    }

    @Test
    void snapshotFillsEveryField() {
        viewModel.apply(new StatusSnapshot(true, 7, 2, Optional.of(Instant.parse("2026-11-21T06:30:00Z"))));
        assertTrue(viewModel.knownProperty().get());
        assertTrue(viewModel.onlineProperty().get());
        assertEquals(new Message("status.online"), viewModel.connectionProperty().get());
        assertEquals(new Message("status.pending", 7L), viewModel.pendingProperty().get());
        assertEquals(new Message("status.conflicts", 2L), viewModel.conflictsProperty().get());
        assertEquals("上次同步：2026-11-21 14:30",
                new Localization(Localization.CHINESE).lang(viewModel.lastSyncProperty().get()));
    }

    @Test
    void untilThePlatformAtTheSavedAddressHasAnsweredNeitherOnlineNorOfflineIsClaimed() {
        viewModel.apply(new StatusSnapshot(true, 0, 0, Optional.empty()));
        viewModel.apply(new StatusSnapshot(false, 3, 0, Optional.empty(), false));
        assertEquals(new Message("status.checking"), viewModel.connectionProperty().get());
        assertFalse(viewModel.knownProperty().get());
        assertFalse(viewModel.onlineProperty().get());
        assertEquals(new Message("status.pending", 3L), viewModel.pendingProperty().get());
    }

    @Test
    void offlineAndNeverSyncedAreSaidPlainly() {
        viewModel.apply(new StatusSnapshot(false, 0, 0, Optional.empty()));
        Localization english = new Localization(Localization.ENGLISH);
        assertEquals("Offline", english.lang(viewModel.connectionProperty().get()));
        assertEquals("Last sync: never", english.lang(viewModel.lastSyncProperty().get()));
    }
}
