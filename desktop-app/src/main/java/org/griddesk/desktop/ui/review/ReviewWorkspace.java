package org.griddesk.desktop.ui.review;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.layout.Region;

import org.griddesk.desktop.service.review.ReviewService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.shell.EmptyWorkspaces;
import org.griddesk.desktop.ui.shell.Workspace;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * Builds the 审核 workspace for a session signed in as a supervisor; built on first opening and kept while the session
 * lasts (an empty state until the session is signed in).
 */
public final class ReviewWorkspace {

    private ReviewWorkspace() {
    }

    /** {@code review} is asked on each opening until it gives a queue (it does once a supervisor signed in). */
    public static Supplier<Region> lazy(Supplier<Optional<ReviewService>> review, TaskExecutor executor,
                                        Localization localization) {
        Region[] built = new Region[1];
        return () -> {
            if (built[0] == null) {
                // not kept while nobody is signed in: after signing in as a supervisor in 同步 the queue appears
                built[0] = review.get()
                        .map(service -> new ReviewView(new ReviewViewModel(service, executor), localization).build())
                        .orElse(null);
            }
            return built[0] != null ? built[0] : EmptyWorkspaces.of(Workspace.REVIEW, localization);
        };
    }
}
