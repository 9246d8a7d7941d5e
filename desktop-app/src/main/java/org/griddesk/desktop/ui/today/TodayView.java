package org.griddesk.desktop.ui.today;

import java.time.format.DateTimeFormatter;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.common.Icons;
import org.griddesk.desktop.ui.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The 今日 page: a heading with the day and 刷新, then one group per kind of work with its count, each line acting as
 * a button (click, or Enter or Space once reached with Tab) that opens the workspace where it is acted on. A clear
 * day says so.
 */
public final class TodayView {

    private final TodayViewModel viewModel;
    private final Localization localization;
    private final TodayTexts texts;
    private final VBox sections = new VBox(18);
    private final ScrollPane scroll = new ScrollPane();

    public TodayView(TodayViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.texts = new TodayTexts(localization);
    }

    public Region build() {
        sections.setId("todaySections");
        viewModel.sections().addListener((ListChangeListener<TodaySection>) change -> redraw());
        localization.localeProperty().addListener((observable, before, now) -> redraw());
        VBox page = new VBox(16, heading(), status(), clearDay(), sections);
        page.setId("todayWorkspace");
        page.getStyleClass().add("today-page");
        scroll.setContent(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        redraw();
        return scroll;
    }

    private Node heading() {
        Label title = new Label();
        title.setId("todayTitle");
        title.getStyleClass().add("workspace-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.dayProperty().get() == null
                ? localization.lang("today.title")
                : localization.lang("today.titleWithDay",
                        viewModel.dayProperty().get().format(DateTimeFormatter.ISO_LOCAL_DATE)),
                viewModel.dayProperty(), localization.localeProperty()));
        Label summary = new Label();
        summary.setId("todaySummary");
        summary.getStyleClass().add("section-hint");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> localization.lang("today.summary",
                viewModel.totalProperty().get(), viewModel.visitDaysProperty().get()),
                viewModel.totalProperty(), viewModel.visitDaysProperty(), localization.localeProperty()));
        summary.visibleProperty().bind(viewModel.dayProperty().isNotNull());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button refresh = new Button();
        refresh.setId("todayRefresh");
        refresh.textProperty().bind(localization.bind("today.refresh"));
        refresh.setGraphic(Icons.icon(Material2MZ.REFRESH, 18));
        refresh.disableProperty().bind(viewModel.loadingProperty());
        refresh.setOnAction(event -> viewModel.refresh());
        HBox row = new HBox(12, new VBox(4, title, summary), grow, refresh);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node status() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label reading = new Label();
        reading.textProperty().bind(localization.bind("today.loading"));
        HBox loading = new HBox(8, spinner, reading);
        loading.setId("todayLoading");
        loading.setAlignment(Pos.CENTER_LEFT);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        Label error = new Label();
        error.setId("todayError");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(localization.bind(viewModel.errorProperty()));
        error.visibleProperty().bind(viewModel.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        return new VBox(4, loading, error);
    }

    private Node clearDay() {
        Label clear = new Label();
        clear.setId("todayClear");
        clear.textProperty().bind(localization.bind("today.clear"));
        clear.setGraphic(Icons.icon(Material2AL.CHECK_CIRCLE_OUTLINE, 48));
        clear.setContentDisplay(ContentDisplay.TOP);
        clear.setWrapText(true);
        clear.getStyleClass().add("empty-description");
        VBox box = new VBox(clear);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-workspace");
        box.visibleProperty().bind(viewModel.clearProperty());
        clear.visibleProperty().bind(viewModel.clearProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void redraw() {
        sections.getChildren().clear();
        for (TodaySection section : viewModel.sections()) {
            Label title = new Label(localization.lang(section.titleKey(), section.rows().size()));
            title.setId("todaySection-" + section.id());
            title.getStyleClass().add("section-title");
            VBox lines = new VBox(4);
            section.rows().forEach(row -> lines.getChildren().add(line(row)));
            sections.getChildren().add(new VBox(8, title, lines));
        }
    }

    /** A line reached with Tab is scrolled into sight, so working down the list from the keyboard shows it. */
    private void scrollTo(Node line) {
        Region page = (Region) scroll.getContent();
        double viewport = scroll.getViewportBounds().getHeight();
        double overflow = page.getHeight() - viewport;
        if (overflow <= 0) {
            return;
        }
        javafx.geometry.Bounds bounds = page.sceneToLocal(line.localToScene(line.getBoundsInLocal()));
        double top = overflow * scroll.getVvalue();
        if (bounds.getMinY() < top) {
            scroll.setVvalue(bounds.getMinY() / overflow);
        } else if (bounds.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (bounds.getMaxY() - viewport) / overflow));
        }
    }

    private Node line(TodayRow line) {
        Label title = new Label(texts.title(line));
        title.getStyleClass().add("today-line-title");
        Label detail = new Label(texts.detail(line));
        detail.setWrapText(true);
        detail.getStyleClass().add("today-line-detail");
        // a plain box acting as a button: a Button sizes a wrapping graphic for far too narrow a width
        VBox box = new VBox(2, title, detail);
        box.setId(line.controlId());
        box.getStyleClass().add("today-line");
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.BUTTON);
        box.setAccessibleText(title.getText() + "，" + detail.getText());
        box.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                box.requestFocus();
                viewModel.open(line);
            }
        });
        box.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                viewModel.open(line);
                event.consume();
            }
        });
        box.focusedProperty().addListener((observable, before, now) -> {
            if (now) {
                scrollTo(box);
            }
        });
        return box;
    }
}
