package org.griddesk.desktop.ui.issues;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;

/** Small previews of photos, decoded from the blob store's bytes in the UI layer; the photo itself stays encrypted. */
final class Thumbnails {

    static final double SIZE = 72;

    private Thumbnails() {
    }

    static void show(FlowPane pane, List<String> sha256s, BiConsumer<String, Consumer<byte[]>> loader) {
        pane.getChildren().clear();
        for (String sha256 : sha256s) {
            ImageView view = new ImageView();
            view.setId("thumbnail-" + sha256.substring(0, Math.min(12, sha256.length())));
            view.setFitWidth(SIZE);
            view.setFitHeight(SIZE);
            view.setPreserveRatio(true);
            pane.getChildren().add(view);
            loader.accept(sha256, bytes -> view.setImage(new Image(new ByteArrayInputStream(bytes), SIZE, SIZE, true,
                    true)));
        }
    }
}
