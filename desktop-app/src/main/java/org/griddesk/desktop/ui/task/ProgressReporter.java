package org.griddesk.desktop.ui.task;

/** Handed to background work so it can report how far it got and stop early when cancelled. */
public interface ProgressReporter {

    void update(long done, long total);

    boolean isCancelled();
}
