package org.griddesk.desktop.ui.statusbar;

import java.util.function.Consumer;

import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.util.Duration;

import org.griddesk.desktop.service.StatusService;
import org.griddesk.desktop.service.StatusSnapshot;

/** Asks the status service for a fresh snapshot every few seconds, on a background thread. */
public final class StatusRefresher extends ScheduledService<StatusSnapshot> {

    public static final Duration DEFAULT_PERIOD = Duration.seconds(5);

    private final StatusService status;

    public StatusRefresher(StatusService status, Duration period, Consumer<StatusSnapshot> onSnapshot) {
        this.status = status;
        setPeriod(period);
        // A failed read (store busy, platform unreachable) is retried at the next period rather than giving up.
        setRestartOnFailure(true);
        setMaximumFailureCount(Integer.MAX_VALUE);
        setOnSucceeded(event -> onSnapshot.accept(getValue()));
        setExecutor(runnable -> {
            Thread thread = new Thread(runnable, "griddesk-status");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    protected Task<StatusSnapshot> createTask() {
        return new Task<>() {
            @Override
            protected StatusSnapshot call() {
                return status.snapshot();
            }
        };
    }
}
