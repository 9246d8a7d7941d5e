package org.griddesk.desktop.ui.sync;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.layout.Region;

import org.griddesk.desktop.service.sync.SyncService;
import org.griddesk.desktop.service.update.DesktopUpdates;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.shell.EmptyWorkspaces;
import org.griddesk.desktop.ui.shell.Workspace;
import org.griddesk.desktop.ui.task.TaskExecutor;

/** Builds the 同步 workspace on the session's sync service; built on first opening and kept while the session lasts. */
public final class SyncWorkspace {

    private SyncWorkspace() {
    }

    /**
     * {@code sync} is empty for a session without an encrypted store: the honest empty state then. {@code updates}:
     * newer packages offered by the platform, downloaded beside the store (none for such a session either).
     */
    public static Supplier<Region> lazy(Optional<SyncService> sync, Optional<DesktopUpdates> updates,
                                        TaskExecutor executor, DialogService dialogs, Localization localization) {
        Region[] built = new Region[1];
        return () -> {
            if (built[0] == null) {
                built[0] = sync
                        .map(service -> new SyncView(new SyncViewModel(service, executor, dialogs, Platform::runLater,
                                ZoneId.systemDefault()), localization, updates.map(downloads ->
                                new UpdateViewModel(downloads, service::platformUrl, executor, Platform::runLater))
                                .orElse(null)).build())
                        .orElseGet(() -> EmptyWorkspaces.of(Workspace.SYNC, localization));
            }
            return built[0];
        };
    }
}
