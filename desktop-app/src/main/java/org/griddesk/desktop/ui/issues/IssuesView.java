package org.griddesk.desktop.ui.issues;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.map.MapViews;
import org.griddesk.map.fx.MapFeatureEvent;
import org.griddesk.map.fx.MapLocationEvent;
import org.griddesk.map.fx.MapView;

/**
 * The 事件 workspace: filters and the issue list on the left, the map in the middle (pick a place, or click a pin to
 * select its issue), the form and the selected issue's detail on the right.
 */
public final class IssuesView {

    private final IssuesViewModel viewModel;
    private final Localization localization;
    private final IssueTexts texts;
    private final MapView map;
    private final TabPane side = new TabPane();
    private final SplitPane root = new SplitPane();

    public IssuesView(IssuesViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.texts = new IssueTexts(localization);
        this.map = MapViews.create(viewModel.map(), localization);
        map.setId("issuesMap");
        map.pickModeProperty().bindBidirectional(viewModel.form().pickingProperty());
        map.addEventHandler(MapLocationEvent.LOCATION_PICKED, event -> viewModel.form().picked(event.lon(), event.lat()));
        // the picked place shows on the map at once, before the issue is saved
        map.markedLocationProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> texts.marked(viewModel.form().locationProperty().get()), viewModel.form().locationProperty()));
        map.addEventHandler(MapFeatureEvent.FEATURE_CLICKED,
                event -> viewModel.map().identified(event.layerName(), event.feature()));
        root.setId("issuesWorkspace");
        root.setOrientation(Orientation.HORIZONTAL);
        root.getItems().addAll(listPanel(), map, sidePanel());
        root.setDividerPositions(0.24, 0.66);
    }

    public Region root() {
        return root;
    }

    public MapView map() {
        return map;
    }

    private Region listPanel() {
        ComboBox<Object> status = filter("issueStatusFilter", IssueTexts.withAll(IssueTexts.statuses()));
        IssueTexts.render(status, texts::anyStatus);
        status.valueProperty().addListener((observable, before, now) -> viewModel.filterStatus(now));
        ComboBox<Object> category = filter("issueCategoryFilter", IssueTexts.withAll(viewModel.topCategories()));
        IssueTexts.render(category, texts::anyCategory);
        category.valueProperty().addListener((observable, before, now) -> viewModel.filterCategory(now));
        ComboBox<Object> priority = filter("issuePriorityFilter", IssueTexts.withAll(IssueTexts.priorities()));
        IssueTexts.render(priority, texts::anyPriority);
        priority.valueProperty().addListener((observable, before, now) -> viewModel.filterPriority(now));
        // an issue opened from 今日 clears the filters in the view-model; the boxes say 全部 again
        showsAllWhenCleared(status, viewModel.statusFilterProperty());
        showsAllWhenCleared(category, viewModel.categoryFilterProperty());
        showsAllWhenCleared(priority, viewModel.priorityFilterProperty());

        ListView<Object> list = new ListView<>();
        list.setId("issueList");
        javafx.beans.binding.Bindings.bindContent(list.getItems(), viewModel.shownIssues());
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Object value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null
                        : localization.lang("list.tag", localization.lang(viewModel.syncMark(value).key())) + " " + texts.listLine(value));
                setGraphic(empty || value == null ? null : viewModel.syncMark(value).graphic());
                Message reason = empty ? null : viewModel.syncReason(value);
                setTooltip(reason == null ? null : new javafx.scene.control.Tooltip(localization.lang(reason)));
            }
        });
        viewModel.syncStates().addListener((javafx.collections.MapChangeListener<String, Object>) change -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> viewModel.select(now));
        viewModel.selectedItemProperty().addListener((observable, before, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
            side.getSelectionModel().select(1);
        });
        VBox panel = new VBox(6, new HBox(4, status, priority), category, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        panel.setPadding(new Insets(8));
        panel.setMinWidth(220);
        return panel;
    }

    private static void showsAllWhenCleared(ComboBox<Object> box, javafx.beans.value.ObservableValue<?> filter) {
        filter.addListener((observable, before, now) -> {
            if (now == null && box.getSelectionModel().getSelectedIndex() != 0) {
                box.getSelectionModel().selectFirst();
            }
        });
    }

    private ComboBox<Object> filter(String id, java.util.List<Object> items) {
        ComboBox<Object> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setId(id);
        box.getSelectionModel().selectFirst();
        return box;
    }

    private Region sidePanel() {
        Tab form = new Tab();
        form.setId("issueFormTab");
        form.textProperty().bind(localization.bind("issues.tab.new"));
        form.setContent(scrolling(new IssueFormView(viewModel.form(), localization).root()));
        Tab detail = new Tab();
        detail.setId("issueDetailTab");
        detail.textProperty().bind(localization.bind("issues.tab.detail"));
        detail.setContent(new IssueDetailView(viewModel, localization).root());
        side.getTabs().addAll(form, detail);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setMinWidth(300);
        return side;
    }

    private static ScrollPane scrolling(Region content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        return pane;
    }
}
