package org.griddesk.desktop.ui.task;

/**
 * Runs slow work (the store, the network) away from the FX thread and delivers the outcome on it.
 * View-model tests use {@link CurrentThreadTaskExecutor} so they need no screen and no waiting.
 */
public interface TaskExecutor {

    <T> TaskHandle execute(BackgroundWork<T> work, TaskCallbacks<T> callbacks);

    /** Stops accepting work and lets what still runs finish briefly; called when the window closes. */
    void shutdown();
}
