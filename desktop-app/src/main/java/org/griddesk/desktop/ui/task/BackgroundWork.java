package org.griddesk.desktop.ui.task;

/** The slow part of a user action: runs off the FX thread and may report progress or notice a cancel. */
@FunctionalInterface
public interface BackgroundWork<T> {

    T call(ProgressReporter progress) throws Exception;
}
