package org.griddesk.desktop.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Labeled;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How every TestFX test waits for the screen: one patience for all of them, long enough for a key derivation or an
 * embedded PostgreSQL starting on a busy two-core machine, and a wait that names what it waited for.
 */
public final class FxWaits {

    public static final int PATIENCE_SECONDS = 90;

    private FxWaits() {
    }

    /** Until the node is in a scene and visible, then until the FX events it caused are handled. */
    public static void waitFor(FxRobot robot, String query) throws TimeoutException {
        waitUntil(() -> robot.lookup(query).tryQuery().filter(FxWaits::onScreen).isPresent(), query + " is shown");
    }

    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        waitUntil(condition, "the condition holds");
    }

    public static void waitUntil(Callable<Boolean> condition, String what) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new TimeoutException("waited " + PATIENCE_SECONDS + " s in vain until " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of a label or button; empty when it is not there or holds none. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Labeled.class::isInstance)
                .map(node -> ((Labeled) node).getText()).orElse("");
    }

    private static boolean onScreen(Node node) {
        return node.isVisible() && node.getScene() != null;
    }
}
