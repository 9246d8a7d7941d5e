package org.griddesk.desktop.ui.applications;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;

/**
 * One question on screen: its label (a star when required), hint, the control its type needs, the prefill mark and
 * the message JavaRosa's verdict left at it. Built once per place in the form and updated as answers change.
 */
final class QuestionNode {

    private final VBox root = new VBox(4);
    private final Label label = new Label();
    private final Label hint = new Label();
    private final Label message = new Label();
    private final HBox prefill = new HBox(8);
    private final Localization localization;
    private final String id;
    private Consumer<String> show = value -> { };
    private Node control;
    private boolean updating;

    QuestionNode(ShownItem question, String id, FormViewModel viewModel, Localization localization,
                 QuestionControls controls) {
        this.localization = localization;
        this.id = id;
        root.getStyleClass().add("form-question");
        root.setUserData(question.path());
        label.getStyleClass().add("question-label");
        label.setWrapText(true);
        hint.getStyleClass().add("question-hint");
        hint.setWrapText(true);
        message.setId("m" + id);
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        control = controls.create(question, this, viewModel);
        root.getChildren().addAll(label, hint, control, prefill, message);
        root.setPadding(new javafx.geometry.Insets(0, 0, 0, question.depth() * 18.0));
    }

    Node root() {
        return root;
    }

    String id() {
        return id;
    }

    void onShow(Consumer<String> show) {
        this.show = show;
    }

    boolean updating() {
        return updating;
    }

    void update(ShownItem question, Message problem, Runnable offerCorrection) {
        label.setText(question.label() + (question.required() ? " *" : ""));
        hint.setText(question.hint() == null ? "" : question.hint());
        hint.setManaged(!hint.getText().isEmpty());
        hint.setVisible(hint.isManaged());
        if (!control.isFocused() || control instanceof CheckBox || control instanceof FlowPane) {
            updating = true;
            try {
                show.accept(question.value());
            } finally {
                updating = false;
            }
        }
        prefill.getChildren().clear();
        if (question.prefilled()) {
            Label mark = new Label(localization.lang("applications.form.prefilled"));
            mark.getStyleClass().add("prefilled-mark");
            prefill.getChildren().add(mark);
        } else if (question.corrected()) {
            Label mark = new Label(localization.lang("applications.form.corrected", question.correctedFrom()));
            mark.getStyleClass().add("prefilled-mark");
            Button update = new Button(localization.lang("applications.form.updateRegistry"));
            update.setId("q" + id + "-updateRegistry");
            update.setOnAction(event -> offerCorrection.run());
            prefill.getChildren().addAll(mark, update);
        }
        prefill.setManaged(!prefill.getChildren().isEmpty());
        message.setText(problem == null ? "" : localization.lang(problem));
        message.setManaged(problem != null);
        message.setVisible(problem != null);
    }

    /** Builds the control for each type of question. */
    static final class QuestionControls {

        private final Localization localization;
        private final ImagePicker images;

        QuestionControls(Localization localization, ImagePicker images) {
            this.localization = localization;
            this.images = images;
        }

        Node create(ShownItem question, QuestionNode node, FormViewModel viewModel) {
            String key = question.key();
            return switch (question.input()) {
                case TEXT -> text(node, value -> viewModel.answer(key, value));
                case DATE -> date(node, value -> viewModel.answer(key, value));
                case ONE -> selectOne(question, node, value -> viewModel.answer(key, value));
                case MANY -> selectMultiple(question, node, value -> viewModel.answer(key, value));
                case IMAGE -> images.picker(question, node, viewModel);
                case SIGNATURE -> new ConsentView(question, node, viewModel, localization).root();
                case NOTE -> new Label();
                case READ_ONLY -> readOnly(node);
            };
        }

        private Node text(QuestionNode node, Consumer<String> answer) {
            TextField field = new TextField();
            field.setId("q" + node.id());
            field.setOnAction(event -> answer.accept(field.getText()));
            field.focusedProperty().addListener((observable, was, now) -> {
                if (!now) {
                    answer.accept(field.getText());
                }
            });
            node.onShow(value -> {
                if (!field.getText().equals(value)) {
                    field.setText(value);
                }
            });
            return field;
        }

        private Node date(QuestionNode node, Consumer<String> answer) {
            DatePicker picker = new DatePicker();
            picker.setId("q" + node.id());
            picker.setConverter(new StringConverter<>() {
                @Override
                public String toString(LocalDate date) {
                    return date == null ? "" : date.toString();
                }

                @Override
                public LocalDate fromString(String text) {
                    try {
                        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
                    } catch (DateTimeParseException e) {
                        return null;
                    }
                }
            });
            picker.valueProperty().addListener((observable, before, now) -> {
                if (!node.updating()) {
                    answer.accept(now == null ? "" : now.toString());
                }
            });
            node.onShow(value -> picker.setValue(value.isEmpty() ? null : LocalDate.parse(value)));
            return picker;
        }

        private Node selectOne(ShownItem question, QuestionNode node, Consumer<String> answer) {
            FlowPane pane = new FlowPane(16, 8);
            pane.setId("q" + node.id());
            ToggleGroup group = new ToggleGroup();
            List<RadioButton> buttons = new ArrayList<>();
            for (ShownItem.Choice choice : question.choices()) {
                RadioButton button = new RadioButton(choice.label());
                button.setId("q" + node.id() + "-" + choice.value());
                button.setUserData(choice.value());
                button.setToggleGroup(group);
                buttons.add(button);
            }
            pane.getChildren().addAll(buttons);
            group.selectedToggleProperty().addListener((observable, before, now) -> {
                if (!node.updating()) {
                    answer.accept(now == null ? "" : (String) now.getUserData());
                }
            });
            node.onShow(value -> buttons.forEach(button -> button.setSelected(value.equals(button.getUserData()))));
            return pane;
        }

        private Node selectMultiple(ShownItem question, QuestionNode node, Consumer<String> answer) {
            FlowPane pane = new FlowPane(16, 8);
            pane.setId("q" + node.id());
            List<CheckBox> boxes = new ArrayList<>();
            for (ShownItem.Choice choice : question.choices()) {
                CheckBox box = new CheckBox(choice.label());
                box.setId("q" + node.id() + "-" + choice.value());
                box.setUserData(choice.value());
                box.selectedProperty().addListener((observable, before, now) -> {
                    if (!node.updating()) {
                        answer.accept(String.join(" ", boxes.stream().filter(CheckBox::isSelected)
                                .map(b -> (String) b.getUserData()).toList()));
                    }
                });
                boxes.add(box);
            }
            pane.getChildren().addAll(boxes);
            node.onShow(value -> {
                Set<String> chosen = Set.of(value.split("\\s+"));
                boxes.forEach(box -> box.setSelected(chosen.contains((String) box.getUserData())));
            });
            return pane;
        }

        private Node readOnly(QuestionNode node) {
            TextField field = new TextField();
            field.setId("q" + node.id());
            field.setEditable(false);
            field.setPromptText(localization.lang("applications.form.unsupported"));
            node.onShow(field::setText);
            return field;
        }
    }
}
