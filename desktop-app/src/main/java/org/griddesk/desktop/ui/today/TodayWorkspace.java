package org.griddesk.desktop.ui.today;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.layout.Region;

import org.griddesk.desktop.service.today.TodayService;
import org.griddesk.desktop.service.today.TodayTarget;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.shell.EmptyWorkspaces;
import org.griddesk.desktop.ui.shell.Workspace;
import org.griddesk.desktop.ui.task.TaskExecutor;

/** Builds 今日 on the session's service (an empty state without one): built on first opening, read again each time it is shown. */
public final class TodayWorkspace {

    private TodayWorkspace() {
    }

    /** @param today   empty for a session without an encrypted store
     *  @param opener shows the workspace and record a line leads to */
    public static Supplier<Region> lazy(Optional<TodayService> today, TaskExecutor executor,
                                        Localization localization, Consumer<TodayTarget> opener) {
        Region[] built = new Region[1];
        TodayViewModel[] viewModel = new TodayViewModel[1];
        return () -> {
            if (built[0] == null) {
                TodayService service = today.orElse(null);
                if (service == null) {
                    built[0] = EmptyWorkspaces.of(Workspace.TODAY, localization);
                    return built[0];
                }
                viewModel[0] = new TodayViewModel(progress -> service.today(), executor, opener);
                built[0] = new TodayView(viewModel[0], localization).build();
            }
            if (viewModel[0] != null) {
                viewModel[0].refresh();
            }
            return built[0];
        };
    }
}
