package org.griddesk.desktop.ui.applications;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.layout.Region;

import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.shell.EmptyWorkspaces;
import org.griddesk.desktop.ui.shell.Workspace;
import org.griddesk.desktop.ui.task.TaskExecutor;

/** The 代办 workspace on the session's services. */
public final class ApplicationsWorkspace {

    private final ApplicationsViewModel viewModel;
    private final Region view;

    private ApplicationsWorkspace(ApplicationsViewModel viewModel, Region view) {
        this.viewModel = viewModel;
        this.view = view;
    }

    /** Empty when the session has no encrypted store (the honest placeholder is shown then). */
    public static Optional<ApplicationsWorkspace> of(Optional<Supplier<Applications>> applications,
                                                     TaskExecutor executor, DialogService dialogs,
                                                     Localization localization) {
        return applications.map(opening -> of(opening, executor, dialogs, localization));
    }

    /** @param applications reads the registry: called in the background each time the workspace loads */
    public static ApplicationsWorkspace of(Supplier<Applications> applications, TaskExecutor executor,
                                           DialogService dialogs, Localization localization) {
        ApplicationsViewModel viewModel = new ApplicationsViewModel(progress -> applications.get(), executor,
                dialogs, localization);
        return new ApplicationsWorkspace(viewModel, new ApplicationsView(viewModel, localization).root());
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
