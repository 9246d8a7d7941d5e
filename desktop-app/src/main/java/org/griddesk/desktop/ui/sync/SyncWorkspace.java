package org.griddesk.desktop.ui.sync;

import java.time.ZoneId;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.layout.Region;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.sync.SyncService;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.desktop.service.update.AppVersion;
import org.griddesk.desktop.service.update.DesktopUpdates;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.shell.EmptyWorkspaces;
import org.griddesk.desktop.ui.shell.Workspace;
import org.griddesk.desktop.ui.task.TaskExecutor;

/** Wires the 同步 workspace onto an unlocked session; built on first opening and kept while the session lasts. */
public final class SyncWorkspace {

    private SyncWorkspace() {
    }

    public static Supplier<Region> lazy(DeviceSession session, TaskExecutor executor, DialogService dialogs,
                                        Localization localization) {
        Region[] built = new Region[1];
        return () -> {
            if (built[0] == null) {
                built[0] = SyncServices.forSession(session)
                        .map(sync -> new SyncView(new SyncViewModel(sync, executor, dialogs, Platform::runLater,
                                ZoneId.systemDefault()), localization, updates(session, sync, executor)).build())
                        .orElseGet(() -> EmptyWorkspaces.of(Workspace.SYNC, localization));
            }
            return built[0];
        };
    }

    /** Updates are downloaded into {@code updates/} of the data folder, beside the store they never touch. */
    private static UpdateViewModel updates(DeviceSession session, SyncService sync, TaskExecutor executor) {
        if (!(session instanceof EncryptedDeviceSession encrypted)) {
            return null;
        }
        return new UpdateViewModel(new DesktopUpdates(encrypted.dataDir().resolve("updates"), AppVersion.current()),
                sync::platformUrl, executor, Platform::runLater);
    }
}
