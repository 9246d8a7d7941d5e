package org.griddesk.desktop.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

/** A running piece of background work as seen by a view-model: its progress, and a way to cancel it. */
public interface TaskHandle {

    /** Between 0 and 1, or -1 while the amount of work is unknown. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyBooleanProperty runningProperty();

    void cancel();
}
