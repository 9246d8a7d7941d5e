package org.griddesk.desktop.ui.households;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.griddesk.desktop.ui.i18n.Localization;

/** The left pane: search box with results as you type, filters (grid, village, care) and the household list. */
public final class HouseholdListView {

    private final HouseholdsViewModel viewModel;
    private final Localization localization;

    public HouseholdListView(HouseholdsViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    public Region build() {
        TextField search = new TextField();
        search.setId("householdSearch");
        search.promptTextProperty().bind(localization.bind("households.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.queryProperty());

        ListView<SearchRow> results = new ListView<>(viewModel.searchResults());
        results.setId("searchResults");
        results.setPrefHeight(180);
        results.setCellFactory(list -> new TextCell<>(row -> row.name() + "  " + row.maskedIdNumber() + "  " + row.address()));
        results.visibleProperty().bind(viewModel.queryProperty().isNotEmpty());
        results.managedProperty().bind(results.visibleProperty());
        results.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> viewModel.openSearchResult(now));

        ComboBox<String> grid = gridFilter();
        ComboBox<String> village = filter("villageFilter", viewModel.villages(), viewModel::villageName);
        village.valueProperty().bindBidirectional(viewModel.villageFilterProperty());
        ComboBox<CareFilter> care = new ComboBox<>(FXCollections.observableArrayList(CareFilter.values()));
        care.setId("careFilter");
        care.setConverter(converter(filter -> localization.lang(filter.key())));
        care.valueProperty().bindBidirectional(viewModel.careFilterProperty());

        ListView<HouseholdRow> households = new ListView<>(viewModel.households());
        households.setId("householdList");
        households.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HouseholdRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : localization.lang("list.tag", localization.lang(row.sync().key())) + " "
                        + row.address() + "  " + row.headName() + "  "
                        + localization.lang("households.list.members", row.members())
                        + (row.needsCare() ? "  " + localization.lang("list.tag", localization.lang("households.flag.care")) : ""));
                setGraphic(empty || row == null ? null : row.sync().graphic());
                setTooltip(empty || row == null || row.syncReason() == null
                        ? null : new Tooltip(localization.lang(row.syncReason())));
            }
        });
        households.getSelectionModel().selectedItemProperty().addListener(
                (o, before, now) -> viewModel.select(now == null ? null : now.id()));
        VBox.setVgrow(households, Priority.ALWAYS);

        Button add = new Button();
        add.setId("newHouseholdButton");
        add.textProperty().bind(localization.bind("households.list.new"));
        add.setOnAction(event -> viewModel.newHousehold());
        add.disableProperty().bind(viewModel.loadedProperty().not());
        Button undo = new Button();
        undo.setId("undoButton");
        undo.textProperty().bind(localization.bind("households.list.undo"));
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        undo.setOnAction(event -> viewModel.undo());

        Button importList = new Button();
        importList.setId("openImportButton");
        importList.textProperty().bind(localization.bind("households.list.import"));
        importList.setOnAction(event -> viewModel.openImport());
        importList.disableProperty().bind(viewModel.loadedProperty().not());

        // the grid on a row of its own: a grid's name (幸福村第一网格) needs more than a third of the pane to be read
        grid.setMaxWidth(Double.MAX_VALUE);
        HBox otherFilters = new HBox(6, village, care);
        for (ComboBox<?> box : List.of(village, care)) {
            // equal shares, never narrower than 「全部」 plus the arrow, so a chosen value stays readable
            box.setMinWidth(96);
            box.setPrefWidth(120);
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
        }
        VBox pane = new VBox(8, search, results, grid, otherFilters, households,
                new FlowPane(8, 8, add, undo, importList));
        pane.setId("householdListPane");
        pane.setPrefWidth(380);
        return pane;
    }

    /**
     * Grids by name where the platform gave one: the closed box says the name alone (a code says nothing to the
     * worker and is cut off anyway), the list and the tooltip add the code, which still does the filtering.
     */
    private ComboBox<String> gridFilter() {
        ComboBox<String> grid = filter("gridFilter", viewModel.grids(), viewModel::gridName);
        Function<String, String> listed = code -> localization.lang(viewModel.gridLabel(code));
        grid.setCellFactory(list -> new TextCell<>(code -> code == null ? allText() : listed.apply(code), true));
        grid.valueProperty().bindBidirectional(viewModel.gridFilterProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> grid.getValue() == null ? localization.lang("households.filter.grid.all") : listed.apply(grid.getValue()),
                grid.valueProperty(), viewModel.gridNamesProperty(), localization.localeProperty()));
        grid.setTooltip(tip);
        // signing in or out brings other names: fresh cells render them, the chosen grid stays chosen
        viewModel.gridNamesProperty().addListener((o, before, now) -> {
            var cells = grid.getCellFactory();
            grid.setCellFactory(null);
            grid.setCellFactory(cells);
            grid.setButtonCell(new ButtonCell<>(value -> grid.getConverter().toString(value)));
        });
        return grid;
    }

    private String allText() {
        return localization.lang("households.filter.all");
    }

    private ComboBox<String> filter(String id, ObservableList<String> values, Function<String, String> name) {
        ObservableList<String> withAll = FXCollections.observableArrayList(withAll(values));
        ComboBox<String> box = new ComboBox<>(withAll);
        values.addListener((ListChangeListener<String>) change -> {
            // replacing the items moves the box's selection onto some other entry: the worker's choice must stay
            String chosen = box.getValue();
            withAll.setAll(withAll(values));
            box.setValue(chosen);
        });
        box.setId(id);
        box.setConverter(converter(value -> value == null ? allText() : name.apply(value)));
        box.setButtonCell(new ButtonCell<>(value -> box.getConverter().toString(value)));
        box.setCellFactory(list -> new TextCell<>(value -> box.getConverter().toString(value), true));
        return box;
    }

    /** 「全部」 first, as the null entry. */
    private static List<String> withAll(List<String> values) {
        List<String> all = new ArrayList<>();
        all.add(null);
        all.addAll(values);
        return all;
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** The closed box: "no filter" arrives as an empty cell, and must still read 「全部」. */
    private static final class ButtonCell<T> extends ListCell<T> {
        private final Function<T, String> text;

        ButtonCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(text.apply(empty ? null : item));
        }
    }

    private static final class TextCell<T> extends ListCell<T> {
        private final Function<T, String> text;
        private final boolean nullIsItem;

        TextCell(Function<T, String> text) {
            this(text, false);
        }

        TextCell(Function<T, String> text, boolean nullIsItem) {
            this.text = text;
            this.nullIsItem = nullIsItem;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || (item == null && !nullIsItem) ? null : text.apply(item));
        }
    }
}
