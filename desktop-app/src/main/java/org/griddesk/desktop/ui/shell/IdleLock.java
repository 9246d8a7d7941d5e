package org.griddesk.desktop.ui.shell;

import java.time.Duration;
import java.util.List;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;

/**
 * Locks the store after a stretch without mouse, keyboard or touch input, so a laptop left open in a
 * village office does not show residents' data to whoever walks by.
 */
public final class IdleLock {

    private static final List<EventType<? extends Event>> INPUT =
            List.of(MouseEvent.ANY, KeyEvent.ANY, ScrollEvent.ANY, TouchEvent.ANY);

    private final Scene scene;
    private final PauseTransition countdown;
    private final EventHandler<Event> anyInput;

    public IdleLock(Scene scene, Duration timeout, Runnable onIdle) {
        this.scene = scene;
        this.countdown = new PauseTransition(toFx(timeout));
        this.countdown.setOnFinished(event -> onIdle.run());
        // A filter, not a handler: controls consume many events before they would bubble up to the scene.
        this.anyInput = event -> countdown.playFromStart();
    }

    public void start() {
        INPUT.forEach(type -> scene.addEventFilter(type, anyInput));
        countdown.playFromStart();
    }

    public void setTimeout(Duration timeout) {
        countdown.setDuration(toFx(timeout));
        countdown.playFromStart();
    }

    public void stop() {
        countdown.stop();
        INPUT.forEach(type -> scene.removeEventFilter(type, anyInput));
    }

    /** How long the worker has been idle as far as this lock knows; zero when not counting. */
    Duration idleFor() {
        return isCounting() ? Duration.ofMillis((long) countdown.getCurrentTime().toMillis()) : Duration.ZERO;
    }

    boolean isCounting() {
        return countdown.getStatus() == Animation.Status.RUNNING;
    }

    private static javafx.util.Duration toFx(Duration timeout) {
        return javafx.util.Duration.millis(timeout.toMillis());
    }
}
