package org.griddesk.desktop.ui.applications;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.i18n.Localization;

/** After submission: the receipt and the filled-in form to print or save for the resident, then the resident's rating of the service. */
final class ReceiptPane {

    private final ScrollPane root;

    ReceiptPane(ApplicationsViewModel viewModel, Localization localization) {
        Label done = new Label(localization.lang("applications.receipt.submitted"));
        done.setId("applicationSubmitted");
        done.getStyleClass().add("form-group-title");
        TextField phone = new TextField();
        phone.setId("receiptWorkerPhone");
        phone.setPromptText(localization.lang("applications.receipt.phone"));
        phone.textProperty().bindBidirectional(viewModel.workerPhoneProperty());
        Button redraw = new Button(localization.lang("applications.receipt.redraw"));
        redraw.setId("receiptRedraw");
        redraw.setOnAction(event -> viewModel.redrawReceipt());
        Button print = new Button(localization.lang("applications.receipt.print"));
        print.setId("receiptPrint");
        print.getStyleClass().add("accent");
        print.disableProperty().bind(viewModel.receiptProperty().isNull());
        print.setOnAction(event -> viewModel.printReceipt());
        Button save = new Button(localization.lang("applications.receipt.save"));
        save.setId("receiptSave");
        save.disableProperty().bind(viewModel.receiptProperty().isNull());
        save.setOnAction(event -> viewModel.saveReceipt());
        Button printForm = new Button(localization.lang("applications.formPdf.print"));
        printForm.setId("formPdfPrint");
        printForm.disableProperty().bind(viewModel.formPdf().pdfProperty().isNull());
        printForm.setOnAction(event -> viewModel.formPdf().print());
        Button saveForm = new Button(localization.lang("applications.formPdf.save"));
        saveForm.setId("formPdfSave");
        saveForm.disableProperty().bind(viewModel.formPdf().pdfProperty().isNull());
        saveForm.setOnAction(event -> viewModel.formPdf().save());
        Button next = new Button(localization.lang("applications.receipt.next"));
        next.setId("applicationNew");
        next.setOnAction(event -> viewModel.newApplication());
        VBox box = new VBox(12, done, new HBox(8, new Label(localization.lang("applications.receipt.phone")), phone,
                redraw), new FlowPane(8, 8, print, save, printForm, saveForm), new RatingView(viewModel, localization).root(), next);
        box.setPadding(new Insets(16));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setId("receiptPane");
    }

    Region root() {
        return root;
    }
}
