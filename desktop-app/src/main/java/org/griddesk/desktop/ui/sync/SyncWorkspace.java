package org.griddesk.desktop.ui.sync;

import java.time.ZoneId;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.layout.Region;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.sync.SyncServices;
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
                                ZoneId.systemDefault()), localization).build())
                        .orElseGet(() -> EmptyWorkspaces.of(Workspace.SYNC, localization));
            }
            return built[0];
        };
    }
}
