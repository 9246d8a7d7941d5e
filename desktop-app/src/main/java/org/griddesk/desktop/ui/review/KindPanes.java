package org.griddesk.desktop.ui.review;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.griddesk.desktop.service.review.MergePreview;
import org.griddesk.desktop.service.review.ReviewItemDetail;
import org.griddesk.desktop.ui.i18n.Localization;

/**
 * The parts of the item pane that depend on its kind: a record's or application's fields read-only, the two
 * residents of a duplicate side by side with the merge, an application's decision, an issue's dispatch, a poor
 * rating's call-back. Only the pane of the shown item's kind is visible.
 */
final class KindPanes {
    private final ReviewViewModel model;
    private final Localization localization;
    private final GridPane fields = new GridPane();
    private final VBox duplicate;
    private final VBox application;
    private final VBox issue;
    private final VBox rating;
    private final VBox rectifying;
    private final Label deadline = new Label();
    private final Label agreed = new Label();
    private final Label mergePreview = new Label();
    private final ApplicationFormPane form;
    /** An application's answers and attachments are shown laid out by its template, never as raw values. */
    private static final Set<String> LAID_OUT = Set.of("answers", "attachments");

    KindPanes(ReviewViewModel model, Localization localization) {
        this.model = model;
        this.localization = localization;
        this.form = new ApplicationFormPane(localization);
        DecisionForms forms = model.forms();
        fields.setId("reviewFields");
        fields.setHgap(12);
        fields.setVgap(4);
        mergePreview.setId("reviewMergePreview");
        mergePreview.setWrapText(true);
        // what a merge does is read before merging: in 长辈版 the item above scrolls rather than this being cut to "…"
        mergePreview.setMinHeight(Region.USE_PREF_SIZE);
        duplicate = new VBox(6, mergePreview, new HBox(8, button("reviewMerge", "review.merge", model::merge)));
        duplicate.setId("reviewDuplicatePane");
        ComboBox<String> decision = new ComboBox<>();
        decision.setId("reviewDecision");
        decision.getItems().addAll(DecisionForms.DECISIONS);
        decision.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : localization.lang("review.decision." + value);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        decision.valueProperty().bindBidirectional(forms.decisionProperty());
        application = pane("reviewApplicationPane", decision, field("reviewMissing", "review.missing.prompt",
                forms.missingProperty()), button("reviewDecide", "review.decide", model::decide));
        issue = pane("reviewIssuePane", field("reviewAssignee", "review.assignee.prompt", forms.assigneeProperty()),
                field("reviewDepartment", "review.department.prompt", forms.departmentProperty()),
                field("reviewDeadline", "review.deadline.prompt", forms.deadlineProperty()),
                button("reviewDispatch", "review.dispatch", model::dispatch));
        rating = pane("reviewRatingPane", field("reviewOutcome", "review.outcome.prompt", forms.outcomeProperty()),
                field("reviewRectification", "review.rectification.prompt", forms.rectificationProperty()),
                button("reviewCallback", "review.callback", model::callback));
        agreed.setId("reviewAgreedRectification");
        agreed.setWrapText(true);
        agreed.setMinHeight(Region.USE_PREF_SIZE);
        rectifying = new VBox(6, agreed, new HBox(8, field("reviewRectified", "review.rectified.prompt",
                forms.rectifiedProperty()), button("reviewRectify", "review.rectify", model::rectify)));
        rectifying.setId("reviewRectifyingPane");
        deadline.setId("reviewDeadline");
        deadline.textProperty().bind(localization.bind(model.deadlineProperty()));
        model.detailProperty().addListener((observable, before, now) -> show(now));
        show(null);
    }

    /** What the item says: the record's fields, or an application's form. Long, so it scrolls. */
    Region content() {
        return new VBox(8, fields, form.root());
    }

    /** What the reviewer does with it, kept in sight below the content. */
    Region actions() {
        return new VBox(8, deadline, duplicate, application, issue, rating, rectifying);
    }

    private void show(ReviewItemDetail detail) {
        String kind = detail == null ? "" : detail.item().kind();
        boolean rectificationUnderWay = detail != null && "rectifying".equals(detail.item().status());
        duplicate.setVisible("duplicate".equals(kind));
        application.setVisible("application".equals(kind));
        issue.setVisible("issue".equals(kind));
        rating.setVisible("rating".equals(kind) && !rectificationUnderWay);
        rectifying.setVisible("rating".equals(kind) && rectificationUnderWay);
        agreed.setText(rectificationUnderWay ? localization.lang("review.rectification.agreed",
                ReviewTexts.value(detail.item().rectification())) : "");
        deadline.setVisible(model.deadlineProperty().get() != null);
        mergePreview.setText(detail == null ? "" : detail.merge().map(preview -> previewText(preview,
                new RecordFieldTexts(detail.item().recordType(), localization))).orElse(""));
        for (Region pane : new Region[] {duplicate, application, issue, rating, rectifying, deadline}) {
            pane.setManaged(pane.isVisible());
        }
        fields.getChildren().clear();
        form.show(detail == null ? null : detail.applicationForm().orElse(null));
        if (detail == null || "conflict".equals(kind)) {
            return;
        }
        boolean anApplication = "application".equals(kind);
        boolean twoResidents = "duplicate".equals(kind);
        fields.addRow(0, header("review.column.field"),
                header(twoResidents ? "review.column.this" : "review.column.value"));
        if (twoResidents) {
            fields.add(header("review.column.survivor"), 2, 0);
        }
        Set<String> names = new LinkedHashSet<>(detail.recordFields().keySet());
        names.addAll(detail.otherFields().keySet());
        RecordFieldTexts texts = new RecordFieldTexts(detail.item().recordType(), localization);
        int row = 1;
        for (String name : texts.inRegisterOrder(names)) {
            if (anApplication && LAID_OUT.contains(name)) {
                continue;
            }
            Label label = new Label(texts.label(name));
            label.setId("reviewField-" + name);
            label.setMinWidth(Region.USE_PREF_SIZE); // a field's name is never cut; its value wraps instead
            fields.addRow(row, label, value(texts, detail, name, detail.recordFields()));
            if (twoResidents) {
                fields.add(value(texts, detail, name, detail.otherFields()), 2, row);
            }
            row++;
        }
        if (anApplication && detail.applicationForm().isEmpty()) {
            Label noTemplate = new Label(localization.lang("review.application.noTemplate"));
            noTemplate.setId("reviewApplicationNoTemplate");
            noTemplate.setWrapText(true);
            fields.add(noTemplate, 0, row, 2, 1);
        }
    }

    private String previewText(MergePreview preview, RecordFieldTexts texts) {
        String taken = preview.fieldsTaken().isEmpty() ? localization.lang("review.mergePreview.nothing")
                : preview.fieldsTaken().stream().map(texts::label)
                .collect(java.util.stream.Collectors.joining(localization.lang("list.separator")));
        String moving = preview.moving().isEmpty() ? localization.lang("review.mergePreview.nothing")
                : preview.moving().entrySet().stream().map(entry -> localization.lang("review.mergePreview.count",
                        ReviewTexts.recordType(entry.getKey(), localization), entry.getValue()))
                .reduce((a, b) -> a + localization.lang("list.separator") + b).orElse("");
        return localization.lang("review.mergePreview", taken, moving);
    }

    /**
     * A field's value in words; one holding another record's id reads as what that record is called (所属户 as the
     * household's address), a grid as its name with its code, as on 同步.
     */
    private Label value(RecordFieldTexts texts, ReviewItemDetail detail, String name, Map<String, Object> values) {
        Object value = values.get(name);
        Label label = new Label(!values.containsKey(name) ? "—" : detail.referenceName(value)
                .map(called -> "grid".equals(name) ? localization.lang("grid.label.named", called, value) : called)
                .orElseGet(() -> texts.value(name, value)));
        label.setWrapText(true);
        label.setMaxWidth(360);
        return label;
    }

    private Label header(String key) {
        Label label = new Label(localization.lang(key));
        label.getStyleClass().add("text-bold");
        return label;
    }

    private TextField field(String id, String prompt, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.promptTextProperty().bind(localization.bind(prompt));
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.textProperty().bind(localization.bind(key));
        button.setOnAction(event -> action.run());
        return button;
    }

    private static VBox pane(String id, Node... children) {
        VBox pane = new VBox(6, new HBox(8, children));
        pane.setId(id);
        return pane;
    }
}
