package org.griddesk.desktop.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.i18n.Localization;

/** The centred card used by the screens shown before the store is open (first start, unlock). */
public final class CardLayout {

    private CardLayout() {
    }

    public static Region centredCard(Localization localization, EntryLanguageViewModel language, String titleKey,
                                        Node... content) {
        Label appName = new Label();
        appName.textProperty().bind(localization.bind("app.title"));
        appName.getStyleClass().add("app-name");
        Hyperlink switchLanguage = new Hyperlink();
        switchLanguage.setId("entryLanguage");
        switchLanguage.textProperty().bind(localization.bind(language.otherLanguageProperty()));
        switchLanguage.setOnAction(event -> language.switchLanguage());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(appName, gap, switchLanguage);
        header.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label();
        title.textProperty().bind(localization.bind(titleKey));
        title.getStyleClass().add("card-title");
        title.setWrapText(true);

        VBox card = new VBox(12, header, title);
        card.getChildren().addAll(content);
        card.getStyleClass().add("entry-card");
        // the width (34.3em, 480px at 100 %) is in griddesk.css, so it grows with the zoom and 长辈版
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane page = new StackPane(card);
        page.getStyleClass().add("entry-page");
        StackPane.setAlignment(card, Pos.CENTER);
        // zoomed to 200 % the card can be taller than a 768 px screen: it scrolls rather than being cut off
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFocusTraversable(false);
        return scroll;
    }
}
