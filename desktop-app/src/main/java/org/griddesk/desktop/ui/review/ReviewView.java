package org.griddesk.desktop.ui.review;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.griddesk.desktop.ui.i18n.Localization;

/**
 * The 审核 workspace: filters and counts above, the queue on the left (several may be picked for batch approval),
 * the item on the right: for a conflict base, mine and theirs per field side by side with who and when, a pick or a
 * typed value per field and a required reason; otherwise approve or return with a comment. Ctrl+Enter approves.
 */
public final class ReviewView {
    static final KeyCombination APPROVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final ReviewViewModel model;
    private final Localization localization;

    public ReviewView(ReviewViewModel model, Localization localization) {
        this.model = model;
        this.localization = localization;
    }

    public Region build() {
        ListView<QueueLine> queue = new ListView<>(model.items());
        queue.setId("reviewQueue");
        queue.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        queue.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(QueueLine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ReviewTexts.line(item, localization));
            }
        });
        queue.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> model.select(now));
        model.languageProperty().bind(Bindings.createStringBinding(() -> localization.getLocale().getLanguage(),
                localization.localeProperty()));
        queue.getStyleClass().add("review-queue"); // its width in em, so that it grows with 长辈版 and zoom

        BorderPane root = new BorderPane();
        root.setId("reviewWorkspace");
        root.setTop(toolbar(queue));
        root.setLeft(queue);
        root.setCenter(detailPane());
        root.setPadding(new Insets(12));
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (APPROVE.match(event)) {
                approveSelected(queue);
                event.consume();
            }
        });
        model.refresh();
        return root;
    }

    private Region toolbar(ListView<QueueLine> queue) {
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("reviewKind");
        kind.getItems().add(null);
        kind.getItems().addAll(ReviewViewModel.KINDS);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return localization.lang(value == null ? "review.kind.all" : "review.kind." + value);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        Button refresh = button("reviewRefresh", "review.refresh", model::refresh);
        Button approveSelected = button("reviewApproveSelected", "review.approveSelected",
                () -> approveSelected(queue));
        Label counts = label("reviewCounts");
        counts.textProperty().bind(localization.bind(model.countsProperty()));
        Label waiting = label("reviewWaiting");
        waiting.textProperty().bind(localization.bind(model.waitingProperty()));
        Label message = label("reviewMessage");
        message.textProperty().bind(localization.bind(model.messageProperty()));
        kind.setMinWidth(Region.USE_PREF_SIZE);
        // the counts go to the next line when the controls and they do not fit (长辈版, a narrow window)
        FlowPane bar = new FlowPane(8, 6, kind, refresh, approveSelected, counts, waiting);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, message);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private void approveSelected(ListView<QueueLine> queue) {
        List<QueueLine> chosen = new ArrayList<>(queue.getSelectionModel().getSelectedItems());
        model.approveAll(chosen);
    }

    private Region detailPane() {
        Label title = label("reviewItemTitle");
        title.getStyleClass().add("title-4");
        GridPane conflicts = new GridPane();
        conflicts.setId("reviewConflicts");
        conflicts.setHgap(12);
        conflicts.setVgap(6);
        TextField reason = new TextField();
        reason.setId("reviewReason");
        reason.promptTextProperty().bind(localization.bind("review.reason.prompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Button resolve = button("reviewResolve", "review.resolve", model::resolve);
        HBox resolveBar = new HBox(8, reason, resolve);
        HBox.setHgrow(reason, Priority.ALWAYS);
        VBox conflictPane = new VBox(8, conflicts, resolveBar);
        conflictPane.visibleProperty().bind(Bindings.isNotEmpty(model.conflictRows()));
        conflictPane.managedProperty().bind(conflictPane.visibleProperty());

        TextField comment = new TextField();
        comment.setId("reviewComment");
        comment.promptTextProperty().bind(localization.bind("review.comment.prompt"));
        comment.textProperty().bindBidirectional(model.commentProperty());
        Button approve = button("reviewApprove", "review.approve", model::approve);
        Button sendBack = button("reviewReturn", "review.return", model::returnItem);
        HBox decideBar = new HBox(8, comment, approve, sendBack);
        HBox.setHgrow(comment, Priority.ALWAYS);
        decideBar.visibleProperty().bind(model.shownProperty().isNotNull());
        decideBar.managedProperty().bind(decideBar.visibleProperty());

        Label error = label("reviewError");
        error.getStyleClass().add("danger");
        error.textProperty().bind(localization.bind(model.reasonErrorProperty()));

        model.shownProperty().addListener((observable, before, now) -> title.setText(now == null ? ""
                : localization.lang("review.item.title", localization.lang("review.kind." + now.kind()),
                ReviewTexts.recordType(now.recordType(), localization),
                now.title() == null ? now.recordId() : now.title())));
        model.conflictRows().addListener((ListChangeListener<ConflictRow>) change -> fill(conflicts));
        model.shownProperty().addListener((observable, before, now) -> {
            String kind = now == null ? "" : now.kind();
            approve.setVisible(ReviewViewModel.approvable(kind));
            approve.setManaged(approve.isVisible());
            sendBack.setVisible("record".equals(kind) || "application".equals(kind));
            sendBack.setManaged(sendBack.isVisible());
        });
        KindPanes kinds = new KindPanes(model, localization);
        ScrollPane content = new ScrollPane(new VBox(10, conflictPane, kinds.content()));
        content.setId("reviewContent");
        content.setFitToWidth(true);
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox pane = new VBox(10, title, content, kinds.actions(), decideBar, error);
        pane.setPadding(new Insets(0, 0, 0, 12));
        pane.disableProperty().bind(model.busyProperty());
        return pane;
    }

    private void fill(GridPane grid) {
        grid.getChildren().clear();
        String[] headers = {"review.column.field", "review.column.base", "review.column.mine", "review.column.theirs",
                "review.column.typed"};
        for (int column = 0; column < headers.length; column++) {
            Label header = new Label(localization.lang(headers[column]));
            header.getStyleClass().add("text-bold");
            grid.add(header, column, 0);
        }
        int row = 1;
        for (ConflictRow conflict : model.conflictRows()) {
            ToggleGroup pick = new ToggleGroup();
            RadioButton mine = choice("reviewMine-" + conflict.field(), ReviewTexts.value(conflict.mine()),
                    localization.lang("review.by", value(conflict.mineAuthor()), value(conflict.mineAt())), pick);
            RadioButton theirs = choice("reviewTheirs-" + conflict.field(), ReviewTexts.value(conflict.theirs()),
                    localization.lang("review.by", value(conflict.theirsAuthor()), value(conflict.theirsAt())), pick);
            TextField typed = new TextField();
            typed.setId("reviewTyped-" + conflict.field());
            typed.textProperty().bindBidirectional(conflict.typedProperty());
            typed.textProperty().addListener((observable, before, now) -> {
                pick.selectToggle(null);
                conflict.choiceProperty().set(now.isBlank() ? null : ConflictRow.Choice.TYPED);
            });
            mine.setOnAction(event -> conflict.choiceProperty().set(ConflictRow.Choice.MINE));
            theirs.setOnAction(event -> conflict.choiceProperty().set(ConflictRow.Choice.THEIRS));
            grid.addRow(row++, new Label(conflict.field()), new Label(ReviewTexts.value(conflict.base())), mine,
                    theirs, typed);
        }
    }

    private static RadioButton choice(String id, String value, String who, ToggleGroup group) {
        RadioButton button = new RadioButton(value + "\n" + who);
        button.setId(id);
        button.setToggleGroup(group);
        return button;
    }

    private static String value(String text) {
        return text == null ? "—" : text;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE); // a button's words are never cut to "…", also in 长辈版
        button.textProperty().bind(localization.bind(key));
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
