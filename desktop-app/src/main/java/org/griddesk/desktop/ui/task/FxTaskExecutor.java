package org.griddesk.desktop.ui.task;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.concurrent.Task;

/** Runs work in a JavaFX {@link Task} on background threads; progress and outcome arrive on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {

    // Long enough for a settings write or a re-key to finish, short enough that closing never seems to hang.
    private static final Duration FINISH_RUNNING_WORK = Duration.ofSeconds(10);

    private final ExecutorService threads;

    public FxTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        // Daemon threads: a stuck store call must never keep the JVM alive after the window is closed.
        threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "griddesk-ui-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> TaskHandle execute(BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
        WorkTask<T> task = new WorkTask<>(work);
        task.setOnSucceeded(event -> callbacks.onSuccess().accept(task.getValue()));
        task.setOnFailed(event -> callbacks.onFailure().accept(task.getException()));
        // A cancelled task is a failure to the caller, so a view-model has one place to leave its busy state.
        task.setOnCancelled(event -> callbacks.onFailure().accept(new CancellationException("cancelled")));
        if (threads.isShutdown()) {
            // The window is closing: a callback of earlier work (a map read finishing) may still ask for more;
            // nobody is left to see its outcome, and the store is closing under it.
            return new FxHandle(task);
        }
        threads.execute(task);
        return new FxHandle(task);
    }

    @Override
    public void shutdown() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(FINISH_RUNNING_WORK.toMillis(), TimeUnit.MILLISECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static final class WorkTask<T> extends Task<T> implements ProgressReporter {
        private final BackgroundWork<T> work;

        WorkTask(BackgroundWork<T> work) {
            this.work = work;
            updateProgress(-1, 1);
        }

        @Override
        protected T call() throws Exception {
            return work.call(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }

    private record FxHandle(Task<?> task) implements TaskHandle {
        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return task.progressProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return task.runningProperty();
        }

        @Override
        public void cancel() {
            task.cancel();
        }
    }
}
