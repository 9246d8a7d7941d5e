package org.griddesk.desktop.ui.task;

import java.util.function.Consumer;

/** What happens on the FX thread once background work has finished, one way or the other. */
public record TaskCallbacks<T>(Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {

    public static <T> TaskCallbacks<T> of(Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return new TaskCallbacks<>(onSuccess, onFailure);
    }
}
