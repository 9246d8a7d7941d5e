package org.griddesk.desktop.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/** Runs the work and its callbacks right away on the calling thread: for view-model tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle execute(BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
        ImmediateHandle handle = new ImmediateHandle();
        T result;
        try {
            result = work.call(handle);
        } catch (Exception | Error failure) {
            handle.running.set(false);
            callbacks.onFailure().accept(failure);
            return handle;
        }
        handle.running.set(false);
        handle.progress.set(1);
        callbacks.onSuccess().accept(result);
        return handle;
    }

    @Override
    public void shutdown() {
        // nothing keeps running between calls
    }

    private static final class ImmediateHandle implements TaskHandle, ProgressReporter {
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        private volatile boolean cancelled;

        @Override
        public void update(long done, long total) {
            progress.set(total <= 0 ? -1 : (double) done / total);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
