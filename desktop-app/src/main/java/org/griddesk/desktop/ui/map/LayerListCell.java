package org.griddesk.desktop.ui.map;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.i18n.Localization;

/** One row of the layer list: visible check box with the layer name, and an opacity slider below. */
final class LayerListCell extends ListCell<LayerEntry> {

    private final Localization localization;
    private LayerEntry bound;
    private final CheckBox visible = new CheckBox();
    private final Slider opacity = new Slider(0, 1, 1);

    LayerListCell(Localization localization) {
        this.localization = localization;
        Tooltip opacityTip = new Tooltip();
        opacityTip.textProperty().bind(localization.bind("map.layers.opacity"));
        opacity.setTooltip(opacityTip);
        HBox.setHgrow(opacity, Priority.ALWAYS);
    }

    @Override
    protected void updateItem(LayerEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        unbind();
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        bound = entry;
        visible.textProperty().bind(localization.bind(entry.label().key(), entry.label().args()));
        visible.selectedProperty().bindBidirectional(entry.mapLayer().visibleProperty());
        opacity.valueProperty().bindBidirectional(entry.mapLayer().opacityProperty());
        visible.setId("layer-" + entry.name());
        VBox box = new VBox(2, visible, opacity);
        box.setAlignment(Pos.CENTER_LEFT);
        setGraphic(box);
    }

    private void unbind() {
        if (bound != null) {
            visible.textProperty().unbind();
            visible.selectedProperty().unbindBidirectional(bound.mapLayer().visibleProperty());
            opacity.valueProperty().unbindBidirectional(bound.mapLayer().opacityProperty());
            bound = null;
        }
    }
}
