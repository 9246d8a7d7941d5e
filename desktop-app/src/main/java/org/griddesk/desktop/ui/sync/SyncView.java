package org.griddesk.desktop.ui.sync;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.griddesk.desktop.ui.common.FieldMessages;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;

/** The 同步 workspace: the sign-in form until the device is signed in, then the sync panel. */
public final class SyncView {

    private final SyncViewModel viewModel;
    private final Localization localization;
    private final UpdateViewModel updates;

    public SyncView(SyncViewModel viewModel, Localization localization) {
        this(viewModel, localization, null);
    }

    /** With the update notice: {@code updates} asks the platform at sign-in and when it refuses this version. */
    public SyncView(SyncViewModel viewModel, Localization localization, UpdateViewModel updates) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.updates = updates;
    }

    public Region build() {
        Label heading = label("sync.title");
        heading.getStyleClass().add("workspace-title");
        Node signIn = signInForm();
        Node panel = syncPanel();
        visibleWhen(signIn, false);
        visibleWhen(panel, true);
        VBox page = new VBox(20, heading, signIn, panel);
        if (updates != null) {
            page.getChildren().add(1, UpdateNotice.build(updates, localization));
            Message tooOld = new Message("sync.failure.schema_too_old");
            viewModel.run().outcomeProperty().addListener((o, was, now) -> {
                if (tooOld.equals(now)) {
                    updates.check(true);
                }
            });
            viewModel.signedInProperty().addListener((o, was, now) -> {
                if (now) {
                    updates.check(false);
                }
            });
        }
        page.setId("syncWorkspace");
        page.getStyleClass().add("settings-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        viewModel.load();
        return scroll;
    }

    private Node signInForm() {
        TextField address = new TextField();
        address.setId("syncPlatformUrl");
        address.textProperty().bindBidirectional(viewModel.form().platformUrlProperty());
        TextField username = new TextField();
        username.setId("syncUsername");
        username.textProperty().bindBidirectional(viewModel.form().usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("syncPassword");
        password.textProperty().bindBidirectional(viewModel.form().passwordProperty());
        password.setOnAction(event -> viewModel.signIn());
        Button signIn = button("syncSignIn", "sync.signIn.action");
        signIn.setDefaultButton(true);
        signIn.setOnAction(event -> viewModel.signIn());
        VBox form = new VBox(8, label("sync.signIn.title"), label("sync.signIn.hint"),
                label("sync.signIn.address"), address,
                FieldMessages.errorLabel("syncPlatformUrlError", viewModel.form().platformUrlErrorProperty(), localization),
                label("sync.signIn.username"), username,
                FieldMessages.errorLabel("syncUsernameError", viewModel.form().usernameErrorProperty(), localization),
                label("sync.signIn.password"), password,
                FieldMessages.errorLabel("syncPasswordError", viewModel.form().passwordErrorProperty(), localization),
                signIn);
        form.setId("syncSignInForm");
        form.setMaxWidth(460);
        form.disableProperty().bind(viewModel.busyProperty());
        return form;
    }

    private Node syncPanel() {
        Label account = boundLabel("syncAccount", viewModel.accountProperty());
        account.setWrapText(true);
        account.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(account, Priority.ALWAYS);
        Button signOut = button("syncSignOut", "sync.signOut.action");
        signOut.setOnAction(event -> viewModel.signOut());
        signOut.disableProperty().bind(viewModel.run().syncingProperty().or(viewModel.busyProperty()));
        // The account line may be long; the button keeps its whole label.
        signOut.setMinWidth(Region.USE_PREF_SIZE);
        HBox accountLine = new HBox(16, account, signOut);
        accountLine.setAlignment(Pos.CENTER_LEFT);
        VBox who = new VBox(6, accountLine, gridsLine());

        Button syncNow = button("syncNow", "sync.run.action");
        syncNow.getStyleClass().add("sync-now");
        syncNow.setPrefSize(220, 64);
        syncNow.setOnAction(event -> viewModel.startSync());
        syncNow.disableProperty().bind(viewModel.run().syncingProperty().or(viewModel.busyProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("syncProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.run().progressProperty());
        Label phase = boundLabel("syncPhase", viewModel.run().phaseProperty());
        Button cancel = button("syncCancel", "sync.run.cancel");
        cancel.setOnAction(event -> viewModel.cancelSync());
        cancel.disableProperty().bind(viewModel.run().syncingProperty().not());
        HBox running = new HBox(12, progress, cancel);
        HBox.setHgrow(progress, Priority.ALWAYS);
        running.setAlignment(Pos.CENTER_LEFT);

        CheckBox auto = new CheckBox();
        auto.setId("syncAuto");
        auto.textProperty().bind(localization.bind("sync.auto.label"));
        // Not bound: a bound CheckBox cannot toggle itself, so a click threw before any handler ran. The box
        // follows the view-model, and its action (mouse or keyboard) hands the new choice back to be stored.
        auto.setSelected(viewModel.autoSyncProperty().get());
        viewModel.autoSyncProperty().addListener((property, was, now) -> auto.setSelected(now));
        auto.setOnAction(event -> viewModel.setAutoSync(auto.isSelected()));

        Label outcome = boundLabel("syncOutcome", viewModel.run().outcomeProperty());
        Label counters = boundLabel("syncCounters", viewModel.run().countersProperty());

        ListView<Message> runs = new ListView<>(viewModel.log().runs());
        runs.setId("syncRuns");
        runs.setPrefHeight(180);
        runs.setCellFactory(list -> new MessageCell());
        ListView<TroubleRow> troubles = new ListView<>(viewModel.log().troubles());
        troubles.setId("syncTroubles");
        troubles.setPrefHeight(220);
        troubles.setCellFactory(list -> new TroubleCell());

        VBox panel = new VBox(12, who, syncNow, running, phase, outcome, counters, auto,
                label("sync.log.title"), runs, label("sync.trouble.title"), label("sync.trouble.hint"), troubles);
        panel.setId("syncPanel");
        return panel;
    }

    private void visibleWhen(Node node, boolean signedIn) {
        node.visibleProperty().bind(signedIn ? viewModel.signedInProperty() : viewModel.signedInProperty().not());
        node.managedProperty().bind(node.visibleProperty());
    }

    /** One chip a grid, so that a name and its code never wrap apart. */
    private Node gridsLine() {
        FlowPane chips = new FlowPane(6, 4);
        chips.setId("syncGrids");
        Label more = boundLabel("syncMoreGrids", viewModel.moreGridsProperty());
        more.tooltipProperty().bind(Bindings.when(viewModel.allGridsProperty().isNotNull())
                .then(allGridsTooltip()).otherwise((Tooltip) null));
        Runnable fill = () -> {
            chips.getChildren().setAll(viewModel.grids().stream().map(this::gridChip).toList());
            chips.getChildren().add(more);
        };
        viewModel.grids().addListener((ListChangeListener<Message>) change -> fill.run());
        fill.run();
        Label title = label("sync.account.grids");
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, title, chips);
        line.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(chips, Priority.ALWAYS);
        return line;
    }

    private Label gridChip(Message grid) {
        Label chip = new Label();
        chip.getStyleClass().add("grid-chip");
        chip.textProperty().bind(Bindings.createStringBinding(() -> MessageText.of(localization, grid),
                localization.localeProperty()));
        return chip;
    }

    private Tooltip allGridsTooltip() {
        Tooltip tooltip = new Tooltip();
        tooltip.setId("syncAllGrids");
        tooltip.textProperty().bind(MessageText.bind(localization, viewModel.allGridsProperty()));
        // A long list takes a while to read.
        tooltip.setShowDuration(Duration.INDEFINITE);
        return tooltip;
    }

    private Label boundLabel(String id, javafx.beans.value.ObservableValue<Message> message) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(MessageText.bind(localization, message));
        label.visibleProperty().bind(Bindings.isNotEmpty(label.textProperty()));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private Button button(String id, String key) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(localization.bind(key));
        return button;
    }

    private Label label(String key) {
        Label label = new Label();
        label.setWrapText(true);
        label.textProperty().bind(localization.bind(key));
        return label;
    }

    private final class MessageCell extends ListCell<Message> {
        @Override
        protected void updateItem(Message item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : MessageText.of(localization, item));
        }
    }

    private final class TroubleCell extends ListCell<TroubleRow> {
        @Override
        protected void updateItem(TroubleRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(MessageText.of(localization, item.text()));
            setWrapText(true);
            if (item.discardable() == null) {
                setGraphic(null);
                return;
            }
            Button discard = button("syncDiscard", "sync.discard.action");
            discard.setOnAction(event -> viewModel.discard(item));
            setGraphic(discard);
        }
    }
}
