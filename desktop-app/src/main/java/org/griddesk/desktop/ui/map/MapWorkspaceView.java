package org.griddesk.desktop.ui.map;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.service.map.MapHit;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.map.fx.MapFeatureEvent;
import org.griddesk.map.fx.MapView;

/** The 地图 workspace: layers and filters on the left, the map in the middle, search and details on the right. */
public final class MapWorkspaceView {

    private final MapWorkspaceViewModel viewModel;
    private final Localization localization;
    private final MapView mapView;
    private final BorderPane root = new BorderPane();

    public MapWorkspaceView(MapWorkspaceViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.mapView = MapViews.create(viewModel, localization);
        mapView.setId("mapWorkspaceMap");
        mapView.addEventHandler(MapFeatureEvent.FEATURE_CLICKED,
                event -> viewModel.identified(event.layerName(), event.feature()));
        root.setId("mapWorkspace");
        root.setLeft(layerPanel());
        root.setCenter(mapView);
        root.setRight(searchPanel());
    }

    public Region root() {
        return root;
    }

    public MapView mapView() {
        return mapView;
    }

    private Region layerPanel() {
        Label title = heading("map.layers.title");
        ListView<LayerEntry> layers = new ListView<>(viewModel.fileLayers());
        layers.setId("layerList");
        layers.setCellFactory(list -> new LayerListCell(localization));
        layers.setPrefHeight(260);
        Button add = new Button();
        add.setId("addLayerButton");
        add.textProperty().bind(localization.bind("map.layers.add"));
        add.setOnAction(event -> viewModel.chooseLayerFile());
        Button base = new Button();
        base.setId("chooseBaseMapButton");
        base.textProperty().bind(localization.bind("map.base.choose"));
        base.setOnAction(event -> viewModel.chooseBaseMapFile());
        Button remove = new Button();
        remove.setId("removeLayerButton");
        remove.textProperty().bind(localization.bind("map.layers.remove"));
        viewModel.selectedLayerProperty().bind(layers.getSelectionModel().selectedItemProperty());
        remove.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.selectedLayerProperty().get() == null || !viewModel.selectedLayerProperty().get().removable(),
                viewModel.selectedLayerProperty()));
        remove.setOnAction(event -> viewModel.removeSelected());
        CheckBox households = new CheckBox();
        households.setId("showHouseholds");
        households.textProperty().bind(localization.bind("map.layer.households"));
        households.selectedProperty().bindBidirectional(viewModel.householdsShownProperty());
        VBox filters = new VBox(4, heading("map.filter.status"));
        for (String status : viewModel.statusCodes()) {
            CheckBox shown = new CheckBox();
            shown.setId("showStatus-" + status);
            shown.textProperty().bind(localization.bind("issues.status." + status));
            shown.selectedProperty().bindBidirectional(viewModel.statusShownProperty(status));
            filters.getChildren().add(shown);
        }
        Label error = new Label();
        error.setId("mapError");
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(localization.bind(viewModel.errorProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(24, 24);
        busy.visibleProperty().bind(viewModel.busyProperty());
        VBox panel = new VBox(8, title, layers, new HBox(8, add, base, busy), remove, error, households, filters);
        panel.setPadding(new Insets(8));
        panel.setPrefWidth(250);
        return panel;
    }

    private Region searchPanel() {
        TextField query = new TextField();
        query.setId("mapSearch");
        query.promptTextProperty().bind(localization.bind("map.search.prompt"));
        query.textProperty().bindBidirectional(viewModel.searchTextProperty());
        query.setOnAction(event -> viewModel.search());
        Button go = new Button();
        go.setId("mapSearchButton");
        go.textProperty().bind(localization.bind("map.search.button"));
        go.setOnAction(event -> viewModel.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        ListView<MapHit> hits = new ListView<>(viewModel.searchResults());
        hits.setId("mapSearchResults");
        hits.setPrefHeight(180);
        hits.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MapHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : localization.lang(MapWorkspaceViewModel.describe(hit)));
            }
        });
        viewModel.chosenHitProperty().bind(hits.getSelectionModel().selectedItemProperty());
        ListView<Message> details = new ListView<>(viewModel.details());
        details.setId("mapDetails");
        details.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Message line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : localization.lang(line));
            }
        });
        VBox panel = new VBox(8, heading("map.search.title"), new HBox(4, query, go), hits,
                heading("map.details.title"), details);
        VBox.setVgrow(details, Priority.ALWAYS);
        panel.setPadding(new Insets(8));
        panel.setPrefWidth(280);
        return panel;
    }

    private Label heading(String key) {
        Label label = new Label();
        label.textProperty().bind(localization.bind(key));
        label.getStyleClass().add("section-title");
        return label;
    }
}
