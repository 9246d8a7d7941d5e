package org.griddesk.desktop.ui.applications;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.layout.Region;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.shell.EmptyWorkspaces;
import org.griddesk.desktop.ui.shell.Workspace;
import org.griddesk.desktop.ui.task.TaskExecutor;

/** Wires the 代办 workspace onto an unlocked encrypted session. */
public final class ApplicationsWorkspace {

    private final ApplicationsViewModel viewModel;
    private final Region view;

    private ApplicationsWorkspace(ApplicationsViewModel viewModel, Region view) {
        this.viewModel = viewModel;
        this.view = view;
    }

    /** Empty when the session has no encrypted store (the honest placeholder is shown then). */
    public static Optional<ApplicationsWorkspace> of(DeviceSession session, TaskExecutor executor, DialogService dialogs,
                                                     Localization localization) {
        if (!(session instanceof EncryptedDeviceSession encrypted)) {
            return Optional.empty();
        }
        ApplicationsViewModel viewModel = new ApplicationsViewModel(progress -> Applications.open(encrypted), executor,
                dialogs, localization);
        return Optional.of(new ApplicationsWorkspace(viewModel, new ApplicationsView(viewModel, localization).root()));
    }

    /** Built on first opening and kept for the session; each opening reads the store again. */
    public static Supplier<Region> lazy(Optional<ApplicationsWorkspace> workspace, Localization localization) {
        Region[] placeholder = new Region[1];
        return () -> workspace.map(built -> {
            built.viewModel.load();
            return built.view;
        }).orElseGet(() -> {
            if (placeholder[0] == null) {
                placeholder[0] = EmptyWorkspaces.of(Workspace.APPLICATIONS, localization);
            }
            return placeholder[0];
        });
    }

    public ApplicationsViewModel viewModel() {
        return viewModel;
    }

    public Region view() {
        return view;
    }
}
