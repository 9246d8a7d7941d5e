package org.griddesk.desktop.ui.review;

import java.util.function.Supplier;

import javafx.scene.layout.Region;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.review.ReviewServices;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.shell.EmptyWorkspaces;
import org.griddesk.desktop.ui.shell.Workspace;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * Wires the 审核 workspace for a session signed in as a supervisor; built on first opening and kept while the session
 * lasts (an empty state until the session is signed in).
 */
public final class ReviewWorkspace {

    private ReviewWorkspace() {
    }

    public static Supplier<Region> lazy(DeviceSession session, TaskExecutor executor, Localization localization) {
        Region[] built = new Region[1];
        return () -> {
            if (built[0] == null) {
                // not kept while nobody is signed in: after signing in as a supervisor in 同步 the queue appears
                built[0] = ReviewServices.forSession(session)
                        .map(review -> new ReviewView(new ReviewViewModel(review, executor), localization).build())
                        .orElse(null);
            }
            return built[0] != null ? built[0] : EmptyWorkspaces.of(Workspace.REVIEW, localization);
        };
    }
}
