package org.griddesk.desktop.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Gives a control the focus as soon as it is really in the window. Content of a ScrollPane joins the scene only
 * when the pane's skin is made on the next pulse, and until then requestFocus does nothing: the focus then went
 * to the first control of the screen instead (on the unlock screen, the language link, which typing toggled).
 */
public final class FocusWhenShown {

    private FocusWhenShown() {
    }

    public static void request(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene before, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }
}
