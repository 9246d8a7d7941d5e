package org.griddesk.desktop.ui.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.griddesk.desktop.service.review.ReviewDecision;
import org.griddesk.desktop.service.review.ReviewQueueItem;
import org.griddesk.desktop.ui.i18n.Message;

/**
 * The small forms of the kinds other than conflicts: an application's decision, an issue's dispatch, a poor
 * rating's call-back, a duplicate's merge. Each turns what was typed into a decision, or says what is missing.
 */
public final class DecisionForms {
    static final List<String> DECISIONS = List.of("accepted", "approved", "rejected", "needs_materials");

    private final StringProperty decision = new SimpleStringProperty(this, "decision");
    private final StringProperty missing = new SimpleStringProperty(this, "missing", "");
    private final StringProperty assignee = new SimpleStringProperty(this, "assignee", "");
    private final StringProperty department = new SimpleStringProperty(this, "department", "");
    private final StringProperty deadline = new SimpleStringProperty(this, "deadline", "");
    private final StringProperty outcome = new SimpleStringProperty(this, "outcome", "");
    private final StringProperty rectification = new SimpleStringProperty(this, "rectification", "");
    private final StringProperty rectified = new SimpleStringProperty(this, "rectified", "");

    void clear() {
        decision.set(null);
        List.of(missing, assignee, department, deadline, outcome, rectification, rectified).forEach(text -> text.set(""));
    }

    /** An application's decision; needs_materials must list what is missing (separated by commas or 、). */
    Result decide(ReviewQueueItem item, String comment) {
        if (decision.get() == null) {
            return Result.problem("review.error.decisionRequired");
        }
        List<String> items = Arrays.stream(missing.get().split("[,，、;；]")).map(String::strip)
                .filter(text -> !text.isEmpty()).toList();
        if ("needs_materials".equals(decision.get()) && items.isEmpty()) {
            return Result.problem("review.error.missingRequired");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision.get());
        body.put("missing", items);
        putText(body, "comment", comment);
        return Result.of(new ReviewDecision(item.id(), "decide", item.version(), body));
    }

    /** An issue to a worker or a department, with a deadline written yyyy-MM-dd. */
    Result dispatch(ReviewQueueItem item, String comment) {
        if (assignee.get().isBlank() && department.get().isBlank()) {
            return Result.problem("review.error.assigneeRequired");
        }
        try {
            LocalDate.parse(deadline.get().strip());
        } catch (DateTimeParseException e) {
            return Result.problem("review.error.deadlineFormat");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        putText(body, "worker", assignee.get());
        putText(body, "department", department.get());
        body.put("deadline", deadline.get().strip());
        putText(body, "comment", comment);
        return Result.of(new ReviewDecision(item.id(), "dispatch", item.version(), body));
    }

    /** A poor rating called back: what came of it is required, the rectification agreed is not. */
    Result callback(ReviewQueueItem item) {
        if (outcome.get().isBlank()) {
            return Result.problem("review.error.outcomeRequired");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome.get().strip());
        putText(body, "rectification", rectification.get());
        return Result.of(new ReviewDecision(item.id(), "callback", item.version(), body));
    }

    /** The agreed rectification done: what was done is required. */
    Result rectify(ReviewQueueItem item) {
        if (rectified.get().isBlank()) {
            return Result.problem("review.error.rectifiedRequired");
        }
        return Result.of(new ReviewDecision(item.id(), "rectify", item.version(),
                Map.of("comment", rectified.get().strip())));
    }

    /** A duplicate merged into the resident registered first (the platform's default survivor). */
    Result merge(ReviewQueueItem item, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        putText(body, "comment", comment);
        return Result.of(new ReviewDecision(item.id(), "merge", item.version(), body));
    }

    private static void putText(Map<String, Object> body, String name, String text) {
        if (text != null && !text.isBlank()) {
            body.put(name, text.strip());
        }
    }

    public StringProperty decisionProperty() {
        return decision;
    }

    public StringProperty missingProperty() {
        return missing;
    }

    public StringProperty assigneeProperty() {
        return assignee;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public StringProperty deadlineProperty() {
        return deadline;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public StringProperty rectificationProperty() {
        return rectification;
    }

    public StringProperty rectifiedProperty() {
        return rectified;
    }

    /** A decision to send, or the problem to show where it was typed. */
    record Result(ReviewDecision decision, Message problem) {
        static Result of(ReviewDecision decision) {
            return new Result(decision, null);
        }

        static Result problem(String key) {
            return new Result(null, new Message(key));
        }
    }
}
