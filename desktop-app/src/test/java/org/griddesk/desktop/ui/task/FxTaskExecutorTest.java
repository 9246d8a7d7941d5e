package org.griddesk.desktop.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    private final FxTaskExecutor executor = new FxTaskExecutor();

    @Start
    void start(Stage stage) {
        // only the toolkit is needed
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void workRunsOffTheFxThreadAndTheResultArrivesOnIt() throws Exception {
        AtomicBoolean workOnFxThread = new AtomicBoolean(true);
        AtomicBoolean callbackOnFxThread = new AtomicBoolean(false);
        AtomicReference<String> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> executor.execute(progress -> {
            workOnFxThread.set(Platform.isFxApplicationThread());
            progress.update(1, 2);
            return "opened";
        }, TaskCallbacks.of(value -> {
            callbackOnFxThread.set(Platform.isFxApplicationThread());
            result.set(value);
            done.countDown();
        }, failure -> done.countDown())));
        assertTrue(done.await(30, TimeUnit.SECONDS));
        assertFalse(workOnFxThread.get());
        assertTrue(callbackOnFxThread.get());
        assertEquals("opened", result.get());
    }

    @Test
    void failureIsDeliveredWithItsCause() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> executor.execute(progress -> {
            throw new IllegalStateException("disk full");
        }, TaskCallbacks.of(value -> done.countDown(), error -> {
            failure.set(error);
            done.countDown();
        })));
        assertTrue(done.await(30, TimeUnit.SECONDS));
        assertEquals("disk full", failure.get().getMessage());
    }

    @Test
    void cancellingStopsCooperativeWorkAndReportsIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<TaskHandle> handle = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> handle.set(executor.execute(progress -> {
            started.countDown();
            while (!progress.isCancelled()) {
                Thread.onSpinWait();
            }
            return "never used";
        }, TaskCallbacks.of(value -> done.countDown(), error -> {
            failure.set(error);
            done.countDown();
        })))).get(30, TimeUnit.SECONDS);
        assertTrue(started.await(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.asyncFx(() -> handle.get().cancel());
        assertTrue(done.await(30, TimeUnit.SECONDS));
        assertInstanceOf(CancellationException.class, failure.get());
    }

    /** A callback of earlier work that asks for more while the window closes must not throw on the FX thread. */
    @Test
    void workAskedForAfterShutdownIsDroppedWithoutAnError() throws Exception {
        executor.shutdown();
        java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
        TaskHandle handle = WaitForAsyncUtils.asyncFx(() -> executor.execute(progress -> ran.incrementAndGet(),
                TaskCallbacks.of(value -> ran.incrementAndGet(), error -> ran.incrementAndGet())))
                .get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(handle.runningProperty().get());
        assertEquals(0, ran.get());
    }
}
