package org.griddesk.desktop.ui.applications;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.i18n.Localization;

/**
 * The signature question: the consent text in large type for the resident to read, a pad to sign on, and the
 * choice of a proxy signing instead, with their name and relation to the resident.
 */
final class ConsentView {

    static final java.util.List<String> RELATIONS = java.util.List.of("child", "spouse", "relative", "other");

    private final VBox root = new VBox(10);

    ConsentView(ShownItem question, QuestionNode node, FormViewModel viewModel, Localization localization) {
        Label consent = new Label(localization.lang("applications.consent.text"));
        consent.setId("applicationConsent");
        consent.getStyleClass().add("consent-text");
        consent.setWrapText(true);
        SignaturePad pad = new SignaturePad(520, 180);
        pad.setId("signaturePad");
        CheckBox byProxy = new CheckBox(localization.lang("applications.sign.byProxy"));
        byProxy.setId("signByProxy");
        TextField proxyName = new TextField();
        proxyName.setId("signProxyName");
        proxyName.setPromptText(localization.lang("applications.sign.proxyName"));
        ComboBox<String> relation = new ComboBox<>();
        relation.setId("signProxyRelation");
        relation.getItems().setAll(RELATIONS);
        relation.setPromptText(localization.lang("applications.sign.relation"));
        relation.setCellFactory(list -> relationCell(localization));
        relation.setButtonCell(relationCell(localization));
        HBox proxy = new HBox(8, proxyName, relation);
        proxy.visibleProperty().bind(byProxy.selectedProperty());
        proxy.managedProperty().bind(byProxy.selectedProperty());
        Button clear = new Button(localization.lang("applications.sign.clear"));
        clear.setId("signClear");
        clear.setOnAction(event -> pad.clear());
        Button confirm = new Button(localization.lang("applications.sign.confirm"));
        confirm.setId("signConfirm");
        confirm.getStyleClass().add("accent");
        confirm.disableProperty().bind(pad.inkedProperty().not());
        Label signed = new Label();
        signed.setId("signSigned");
        signed.getStyleClass().add("prefilled-mark");
        confirm.setOnAction(event -> viewModel.sign(question.key(), pad.png(), byProxy.isSelected(),
                proxyName.getText(), relation.getValue()));
        signed.textProperty().bind(localization.bind(viewModel.signedProperty()));
        root.getChildren().addAll(consent, pad, byProxy, proxy, new HBox(8, clear, confirm), signed);
        // a resident reads and signs here: large in every mode (griddesk.css)
        root.getStyleClass().addAll("consent-box", "resident-screen");
    }

    Region root() {
        return root;
    }

    private static ListCell<String> relationCell(Localization localization) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? localization.lang("applications.sign.relation")
                        : localization.lang("applications.sign.relation." + item));
            }
        };
    }
}
