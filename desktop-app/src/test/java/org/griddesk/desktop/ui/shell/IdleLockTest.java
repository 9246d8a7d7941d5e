package org.griddesk.desktop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.griddesk.desktop.ui.testing.FxWaits;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class IdleLockTest {

    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(), 200, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void withoutInputTheLockFires(FxRobot robot) throws Exception {
        AtomicInteger locks = new AtomicInteger();
        robot.interact(() -> new IdleLock(scene, Duration.ofMillis(200), locks::incrementAndGet).start());
        FxWaits.waitUntil(() -> locks.get() == 1);
    }

    @Test
    void anyKeyRestartsTheIdleTime(FxRobot robot) throws Exception {
        AtomicReference<IdleLock> lock = new AtomicReference<>();
        robot.interact(() -> {
            lock.set(new IdleLock(scene, Duration.ofMinutes(10), () -> { }));
            lock.get().start();
        });
        FxWaits.waitUntil(() -> lock.get().idleFor().toMillis() >= 100);
        AtomicReference<Duration> afterKey = new AtomicReference<>();
        robot.interact(() -> {
            Event.fireEvent(scene.getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A,
                    false, false, false, false));
            afterKey.set(lock.get().idleFor());
        });
        assertEquals(Duration.ZERO, afterKey.get());
        assertTrue(lock.get().isCounting());
    }

    @Test
    void aStoppedLockIgnoresInput(FxRobot robot) {
        AtomicReference<IdleLock> lock = new AtomicReference<>();
        robot.interact(() -> {
            lock.set(new IdleLock(scene, Duration.ofMinutes(10), () -> { }));
            lock.get().start();
            lock.get().stop();
            Event.fireEvent(scene.getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A,
                    false, false, false, false));
        });
        assertFalse(lock.get().isCounting());
    }
}
