package org.griddesk.desktop.ui.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 好差评 is the resident's own screen: under the normal 14px window it is still laid out at the 长辈版 sizes
 * (controls 60 x 60 px, text 24 px), with the real stylesheet.
 */
@ExtendWith(ApplicationExtension.class)
class RatingViewSizeTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        ApplicationsViewModel viewModel = new ApplicationsViewModel(progress -> {
            throw new IllegalStateException("the rating screen opens no store");
        }, new CurrentThreadTaskExecutor(), new RecordingDialogService(), new Localization(Locale.SIMPLIFIED_CHINESE));
        root = new StackPane(new RatingView(viewModel, new Localization(Locale.SIMPLIFIED_CHINESE)).root());
        root.getStyleClass().add("griddesk");
        root.setStyle("-fx-font-size: 14px;");
        Scene scene = new Scene(root, 1366, 768);
        scene.getStylesheets().add(RatingView.class.getResource("/org/griddesk/desktop/ui/griddesk.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theRatingScreenIsLargeInTheNormalMode(FxRobot robot) {
        List<String> small = new ArrayList<>();
        int controls = 0;
        for (Node node : robot.from(root).lookup((Node n) -> n instanceof ButtonBase || n instanceof TextArea)
                .queryAll()) {
            controls++;
            if (node.getLayoutBounds().getHeight() < 60 || node.getLayoutBounds().getWidth() < 60) {
                small.add(node.getId() + " " + node.getLayoutBounds());
            }
        }
        for (Node node : robot.from(root).lookup((Node n) -> n instanceof Labeled).queryAll()) {
            if (((Labeled) node).getFont().getSize() < 24) {
                small.add(node.getId() + " font " + ((Labeled) node).getFont().getSize());
            }
        }
        assertTrue(controls >= 7, "faces, tags, comment and send were measured: " + controls);
        assertEquals(List.of(), small);
        assertTrue(robot.lookup(".form-group-title").queryAs(Labeled.class).getFont().getSize() >= 40,
                "its title is a main title");
    }
}
