package org.griddesk.desktop.ui.dialog;

import static org.griddesk.desktop.ui.testing.FxWaits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.griddesk.desktop.ui.i18n.Localization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The in-app photo chooser on a real window (the headless screen is 1280×800, smaller than the laptop's), over real files. */
@ExtendWith(ApplicationExtension.class)
class PhotoChooserTest {

    @TempDir
    Path pictures;
    private Stage window;
    private final Localization localization = new Localization(Localization.CHINESE);

    @Start
    void start(Stage stage) {
        window = stage;
        stage.setScene(new Scene(new StackPane(), 1280, 720));
        stage.show();
    }

    @Test
    void aPhotoIsChosenFromThumbnailsInADialogThatFitsTheLaptopScreen(FxRobot robot) throws Exception {
        Path older = photo("older.png", Instant.parse("2026-11-01T08:00:00Z"));
        Path newer = photo("newer.jpg", Instant.parse("2026-12-01T08:00:00Z"));
        Files.writeString(pictures.resolve("notes.txt"), "不是照片");
        Files.createDirectories(pictures.resolve("相册"));
        AtomicReference<Optional<Path>> answer = open(robot);

        waitUntil(() -> tileTexts(robot).size() == 3, "the folder and the two photos are shown");
        assertEquals(List.of("相册", "newer.jpg", "older.png"), tileTexts(robot), "folders first, newest photo first");
        Stage dialog = dialog(robot);
        assertTrue(dialog.getWidth() <= window.getWidth() * 0.9 + 1 && dialog.getHeight() <= window.getHeight() * 0.9 + 1,
                "fits the screen: " + dialog.getWidth() + "×" + dialog.getHeight());
        assertTrue(robot.lookup("#photoChoose").query().isDisabled(), "nothing to choose before a photo is picked");

        robot.clickOn(tile(robot, "older.png"));
        robot.clickOn("#photoChoose");
        waitUntil(() -> answer.get() != null, "the dialog answered");
        assertEquals(Optional.of(older), answer.get());
        assertTrue(Files.exists(newer));
    }

    @Test
    void aSubFolderOpensAndCancellingChoosesNothing(FxRobot robot) throws Exception {
        Files.createDirectories(pictures.resolve("相册"));
        Files.copy(photo("in-album.png", Instant.now()), pictures.resolve("相册").resolve("in-album.png"));
        AtomicReference<Optional<Path>> answer = open(robot);

        waitUntil(() -> tileTexts(robot).contains("相册"), "the sub-folder is shown");
        robot.clickOn(tile(robot, "相册"));
        waitUntil(() -> tileTexts(robot).equals(List.of("in-album.png")), "the sub-folder's photo is shown");
        robot.clickOn("#photoCancel");
        waitUntil(() -> answer.get() != null, "the dialog answered");
        assertEquals(Optional.empty(), answer.get());
    }

    private AtomicReference<Optional<Path>> open(FxRobot robot) {
        AtomicReference<Optional<Path>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new PhotoChooser(window, localization, "issues.form.addPhoto",
                Map.of("pictures", pictures), pictures).showAndWait()));
        return answer;
    }

    private Path photo(String name, Instant taken) throws Exception {
        Path file = pictures.resolve(name);
        ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), name.endsWith(".png") ? "png" : "jpg",
                file.toFile());
        Files.setLastModifiedTime(file, FileTime.from(taken));
        return file;
    }

    private static List<String> tileTexts(FxRobot robot) {
        return robot.lookup("#photoTiles").tryQuery().map(tiles -> ((javafx.scene.layout.Pane) tiles).getChildren()
                .stream().filter(Labeled.class::isInstance).map(node -> ((Labeled) node).getText()).toList())
                .orElse(List.of());
    }

    private static Node tile(FxRobot robot, String text) {
        return ((javafx.scene.layout.Pane) robot.lookup("#photoTiles").query()).getChildren().stream()
                .filter(node -> node instanceof Labeled labeled && text.equals(labeled.getText()))
                .findFirst().orElseThrow();
    }

    private static Stage dialog(FxRobot robot) {
        return (Stage) robot.lookup("#photoChooser").query().getScene().getWindow();
    }
}
