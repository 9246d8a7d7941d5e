package org.griddesk.desktop.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CurrentThreadTaskExecutorTest {

    @Test
    void runsWorkAndCallbackBeforeReturning() {
        List<String> events = new ArrayList<>();
        TaskHandle handle = new CurrentThreadTaskExecutor().execute(progress -> {
            progress.update(1, 4);
            events.add("work");
            return 42;
        }, TaskCallbacks.of(value -> events.add("success " + value), failure -> events.add("failure")));
        events.add("returned");
        assertEquals(List.of("work", "success 42", "returned"), events);
        assertFalse(handle.runningProperty().get());
        assertEquals(1.0, handle.progressProperty().get());
    }

    @Test
    void failureGoesToTheFailureCallback() {
        List<String> events = new ArrayList<>();
        new CurrentThreadTaskExecutor().execute(progress -> {
            throw new IllegalStateException("locked");
        }, TaskCallbacks.of(value -> events.add("success"), failure -> events.add(failure.getMessage())));
        assertEquals(List.of("locked"), events);
    }
}
