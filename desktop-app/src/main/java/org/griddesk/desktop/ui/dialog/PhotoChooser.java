package org.griddesk.desktop.ui.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.griddesk.desktop.ui.i18n.Localization;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Chooses one photo inside the app: places on the left, the folder's photos as thumbnails, at most nine tenths of
 * the window. The system's file chooser (GTK) opened larger than a 1366×768 screen, its buttons out of reach; it
 * stays one click away under 其他位置 for folders this one does not offer.
 */
public final class PhotoChooser {

    private static final double THUMB_WIDTH = 160;
    private static final double THUMB_HEIGHT = 120;
    private static Path lastFolder;

    private final Stage stage = new Stage();
    private final Localization localization;
    private final ToggleGroup photos = new ToggleGroup();
    private final TilePane tiles = new TilePane(8, 8);
    private final Label folderLabel = new Label();
    private final Button choose = new Button();
    private Path folder;
    private Path chosen;

    PhotoChooser(Window owner, Localization localization, String titleKey, Map<String, Path> places, Path start) {
        this.localization = localization;
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(localization.lang(titleKey));
        Scene scene = new Scene(layout(places), width(owner), height(owner));
        if (owner != null && owner.getScene() != null) {
            // the window's theme, zoom and 长辈版 apply here too
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            Parent ownerRoot = owner.getScene().getRoot();
            scene.getRoot().getStyleClass().addAll(ownerRoot.getStyleClass());
            scene.getRoot().setStyle(ownerRoot.getStyle());
        }
        stage.setScene(scene);
        open(start);
    }

    /** Asks for one photo; empty when the worker cancels. Remembers the folder for the next time. */
    public static Optional<Path> choose(Window owner, Localization localization, String titleKey) {
        Path home = Path.of(System.getProperty("user.home"));
        Map<String, Path> places = PhotoPlaces.around(home, System.getProperty("user.name", ""));
        Path start = lastFolder != null && lastFolder.toFile().isDirectory() ? lastFolder
                : places.values().stream().findFirst().orElse(home);
        return new PhotoChooser(owner, localization, titleKey, places, start).showAndWait();
    }

    Optional<Path> showAndWait() {
        stage.showAndWait();
        if (chosen != null) {
            lastFolder = chosen.getParent();
        }
        return Optional.ofNullable(chosen);
    }

    Stage stage() {
        return stage;
    }

    private Region layout(Map<String, Path> places) {
        VBox side = new VBox(6);
        side.setId("photoPlaces");
        side.setPadding(new Insets(12));
        places.forEach((key, path) -> {
            Button place = new Button(placeName(key, path));
            place.setMaxWidth(Double.MAX_VALUE);
            place.setOnAction(event -> open(path));
            side.getChildren().add(place);
        });
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Button elsewhere = new Button(localization.lang("photoChooser.elsewhere"));
        elsewhere.setId("photoElsewhere");
        elsewhere.setMaxWidth(Double.MAX_VALUE);
        elsewhere.setOnAction(event -> chooseElsewhere());
        side.getChildren().addAll(gap, elsewhere);

        Button up = new Button(localization.lang("photoChooser.up"));
        up.setId("photoUp");
        up.setOnAction(event -> {
            if (folder != null && folder.getParent() != null) {
                open(folder.getParent());
            }
        });
        folderLabel.setId("photoFolder");
        HBox top = new HBox(8, up, folderLabel);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 12, 0, 0));

        tiles.setId("photoTiles");
        tiles.setPadding(new Insets(8));
        tiles.setPrefTileWidth(THUMB_WIDTH + 16);
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);

        choose.setId("photoChoose");
        choose.setText(localization.lang("photoChooser.choose"));
        choose.setDefaultButton(true);
        choose.disableProperty().bind(photos.selectedToggleProperty().isNull());
        choose.setOnAction(event -> finish((Path) photos.getSelectedToggle().getUserData()));
        Button cancel = new Button(localization.lang("dialog.cancel"));
        cancel.setId("photoCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        HBox buttons = new HBox(8, cancel, choose);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 12, 12, 12));

        VBox center = new VBox(8, top, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        BorderPane root = new BorderPane(center, null, null, buttons, new ScrollPane(side));
        root.setId("photoChooser");
        return root;
    }

    /** Lists the folder in the background; the thumbnails load in JavaFX's own background loader. */
    private void open(Path next) {
        folder = next;
        folderLabel.setText(next.toString());
        photos.selectToggle(null);
        tiles.getChildren().clear();
        Task<PhotoPlaces.Listing> listing = new Task<>() {
            @Override
            protected PhotoPlaces.Listing call() {
                return PhotoPlaces.list(next);
            }
        };
        listing.setOnSucceeded(event -> {
            if (next.equals(folder)) {
                show(listing.getValue());
            }
        });
        Thread thread = new Thread(listing, "photo-folder");
        thread.setDaemon(true);
        thread.start();
    }

    private void show(PhotoPlaces.Listing listing) {
        listing.folders().forEach(sub -> {
            Button tile = new Button(sub.getFileName().toString(), folderIcon());
            tile.setContentDisplay(ContentDisplay.TOP);
            tile.setPrefWidth(THUMB_WIDTH + 16);
            tile.setOnAction(event -> open(sub));
            tiles.getChildren().add(tile);
        });
        listing.photos().forEach(photo -> {
            ImageView thumbnail = new ImageView(new Image(photo.toUri().toString(), THUMB_WIDTH, THUMB_HEIGHT,
                    true, true, true));
            thumbnail.setFitWidth(THUMB_WIDTH);
            thumbnail.setFitHeight(THUMB_HEIGHT);
            thumbnail.setPreserveRatio(true);
            ToggleButton tile = new ToggleButton(photo.getFileName().toString(), thumbnail);
            tile.setContentDisplay(ContentDisplay.TOP);
            tile.setPrefWidth(THUMB_WIDTH + 16);
            tile.setUserData(photo);
            tile.setToggleGroup(photos);
            tile.getStyleClass().add("photo-tile");
            tile.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2) {
                    finish(photo);
                }
            });
            tiles.getChildren().add(tile);
        });
        if (listing.folders().isEmpty() && listing.photos().isEmpty()) {
            Label empty = new Label(localization.lang("photoChooser.empty"));
            empty.setId("photoEmpty");
            tiles.getChildren().add(empty);
        }
    }

    private void chooseElsewhere() {
        FileChooser system = new FileChooser();
        system.setTitle(stage.getTitle());
        system.getExtensionFilters().add(new FileChooser.ExtensionFilter(localization.lang("issues.form.photoFiles"),
                "*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
        if (folder != null && folder.toFile().isDirectory()) {
            system.setInitialDirectory(folder.toFile());
        }
        File file = system.showOpenDialog(stage);
        if (file != null) {
            finish(file.toPath());
        }
    }

    private void finish(Path photo) {
        chosen = photo;
        stage.close();
    }

    private String placeName(String key, Path path) {
        return key.startsWith("removable:") ? localization.lang("photoChooser.place.removable", path.getFileName())
                : localization.lang("photoChooser.place." + key);
    }

    /** A plain icon: this package sits below ui.common (whose display mode reports through the dialogs). */
    private static FontIcon folderIcon() {
        FontIcon icon = new FontIcon(Material2AL.FOLDER);
        icon.setIconSize(48);
        return icon;
    }

    private static double width(Window owner) {
        return owner == null || owner.getWidth() <= 0 ? 900 : Math.min(900, owner.getWidth() * 0.9);
    }

    private static double height(Window owner) {
        return owner == null || owner.getHeight() <= 0 ? 600 : Math.min(620, owner.getHeight() * 0.9);
    }
}
