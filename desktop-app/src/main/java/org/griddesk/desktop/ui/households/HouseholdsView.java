package org.griddesk.desktop.ui.households;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.imports.ImportWizardView;
import org.griddesk.desktop.ui.imports.ImportWizardViewModel;

/** The 住户 workspace: list and search on the left, a household's detail or an open form on the right. */
public final class HouseholdsView {

    private final HouseholdsViewModel viewModel;
    private final Localization localization;
    private final StackPane right = new StackPane();

    public HouseholdsView(HouseholdsViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    public Region build() {
        // 长辈版 and 200 % zoom make the detail taller than the screen: it scrolls, its lists keep a few rows
        ScrollPane detail = new ScrollPane(new HouseholdDetailView(viewModel, localization).build());
        detail.setFitToWidth(true);
        detail.setFitToHeight(true);
        detail.getStyleClass().add("edge-to-edge");
        viewModel.formProperty().addListener((o, before, now) -> showForm(now, detail));
        viewModel.importWizardProperty().addListener((o, before, now) -> showImport(now, detail));
        viewModel.visitRatings().offerProperty().addListener((o, before, now) -> showRating(now, detail));
        showForm(viewModel.formProperty().get(), detail);
        Label notice = new Label();
        notice.setId("householdsNotice");
        notice.textProperty().bind(localization.bind(viewModel.noticeProperty()));
        BorderPane root = new BorderPane();
        root.setId("householdsWorkspace");
        root.setLeft(new HouseholdListView(viewModel, localization).build());
        root.setCenter(right);
        root.setBottom(notice);
        BorderPane.setMargin(right, new Insets(0, 0, 0, 16));
        root.setPadding(new Insets(16));
        return root;
    }

    private void showImport(ImportWizardViewModel wizard, Region detail) {
        if (wizard == null) {
            showForm(viewModel.formProperty().get(), detail);
            return;
        }
        ScrollPane scroll = new ScrollPane(new ImportWizardView(wizard, localization, viewModel::closeImport).build());
        scroll.setFitToWidth(true);
        right.getChildren().setAll(scroll);
    }

    private void showRating(VisitRatingViewModel rating, Region detail) {
        if (rating == null) {
            showForm(viewModel.formProperty().get(), detail);
            return;
        }
        ScrollPane scroll = new ScrollPane(new VisitRatingView(rating, localization, viewModel.visitRatings()::close)
                .build());
        scroll.setFitToWidth(true);
        right.getChildren().setAll(scroll);
    }

    private void showForm(RecordFormViewModel form, Region detail) {
        if (form == null) {
            right.getChildren().setAll(detail);
            return;
        }
        RecordFormView view = new RecordFormView(form, localization);
        ScrollPane scroll = new ScrollPane(view.build());
        scroll.setFitToWidth(true);
        right.getChildren().setAll(scroll);
        view.focusFirst();
    }
}
