package org.griddesk.desktop.ui.review;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.griddesk.desktop.service.review.ReviewDecision;
import org.griddesk.desktop.service.review.ReviewItemDetail;
import org.griddesk.desktop.service.review.ReviewOfflineException;
import org.griddesk.desktop.service.review.ReviewQueueItem;
import org.griddesk.desktop.service.review.ReviewQueuePage;
import org.griddesk.desktop.service.review.ReviewService;
import org.griddesk.desktop.service.review.SendOutcome;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * The 审核 workspace: the platform's queue with a kind filter and counts, one item's detail, and the decisions
 * (resolve a conflict field by field with a required reason, approve, return with a comment, approve many at once).
 * Every call to the platform runs in the background; a decision that cannot be sent waits and is shown as waiting.
 */
public final class ReviewViewModel {
    static final List<String> KINDS = List.of("conflict", "duplicate", "record", "application", "issue", "rating");

    private final ReviewService review;
    private final TaskExecutor executor;

    private final ObservableList<QueueLine> items = FXCollections.observableArrayList();
    // The platform's item behind each line of the list, to decide on it without the view holding service types.
    private final Map<Long, ReviewQueueItem> behindLines = new HashMap<>();
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>(this, "kind");
    private final ReadOnlyObjectWrapper<Message> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final ReadOnlyObjectWrapper<ReviewItemDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyObjectWrapper<QueueLine> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<Message> deadline = new ReadOnlyObjectWrapper<>(this, "deadline");
    private final ObservableList<ConflictRow> conflictRows = FXCollections.observableArrayList();
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty language = new SimpleStringProperty(this, "language", "zh");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final ReadOnlyObjectWrapper<Message> reasonError = new ReadOnlyObjectWrapper<>(this, "reasonError");
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyObjectWrapper<Message> waiting = new ReadOnlyObjectWrapper<>(this, "waiting");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final DecisionForms forms = new DecisionForms();
    private final Clock clock;

    public ReviewViewModel(ReviewService review, TaskExecutor executor) {
        this(review, executor, Clock.systemUTC());
    }

    public ReviewViewModel(ReviewService review, TaskExecutor executor, Clock clock) {
        this.review = review;
        this.executor = executor;
        this.clock = clock;
        kind.addListener((observable, before, now) -> refresh());
    }

    /** Sends what waits, then reads the queue again. */
    public void refresh() {
        busy.set(true);
        String filter = kind.get();
        executor.execute(work -> {
            review.sendWaiting();
            return new Loaded(review.queue(filter), review.waitingCount(), review.takeLateAnswers());
        }, TaskCallbacks.of(this::show, this::failed));
    }

    public void select(QueueLine line) {
        shown.set(null);
        deadline.set(null);
        detail.set(null);
        conflictRows.clear();
        reason.set("");
        comment.set("");
        forms.clear();
        reasonError.set(null);
        if (line == null) {
            return;
        }
        busy.set(true);
        String languageCode = language.get();
        executor.execute(work -> review.detail(line.id(), languageCode), TaskCallbacks.of(found -> {
            busy.set(false);
            shown.set(titled(lineOf(found.item()), line.title())); // one item's answer has no title: keep the list's
            deadline.set(RatingDeadlines.of(found.item(), clock.instant()).orElse(null));
            detail.set(found);
            found.conflicts().forEach(field -> conflictRows.add(new ConflictRow(field)));
        }, this::failed));
    }

    /** The conflict pane's decision: every field picked or typed, and a reason. */
    public void resolve() {
        ReviewItemDetail shown = detail.get();
        if (shown == null || conflictRows.isEmpty()) {
            return;
        }
        if (conflictRows.stream().anyMatch(row -> !row.decided())) {
            reasonError.set(new Message("review.error.pickEveryField"));
            return;
        }
        if (reason.get().isBlank()) {
            reasonError.set(new Message("review.error.reasonRequired"));
            return;
        }
        reasonError.set(null);
        Map<String, Object> fields = new LinkedHashMap<>();
        conflictRows.forEach(row -> fields.put(row.field(), row.chosenValue()));
        send(new ReviewDecision(shown.item().id(), "resolve", shown.item().version(),
                Map.of("fields", fields, "reason", reason.get().strip())));
    }

    public void approve() {
        ReviewItemDetail shown = detail.get();
        if (shown != null) {
            send(new ReviewDecision(shown.item().id(), "approve", shown.item().version(), comment()));
        }
    }

    /** Back to the worker: a comment saying what to fix is required. */
    public void returnItem() {
        ReviewItemDetail shown = detail.get();
        if (shown == null) {
            return;
        }
        if (comment.get().isBlank()) {
            reasonError.set(new Message("review.error.commentRequired"));
            return;
        }
        reasonError.set(null);
        send(new ReviewDecision(shown.item().id(), "return", shown.item().version(), comment()));
    }

    public void decide() {
        sendForm(shown -> forms.decide(shown, comment.get()));
    }

    public void dispatch() {
        sendForm(shown -> forms.dispatch(shown, comment.get()));
    }

    public void callback() {
        sendForm(forms::callback);
    }

    /** The rectification agreed on the call-back carried out. */
    public void rectify() {
        sendForm(forms::rectify);
    }

    public void merge() {
        sendForm(shown -> forms.merge(shown, comment.get()));
    }

    private void sendForm(Function<ReviewQueueItem, DecisionForms.Result> form) {
        ReviewItemDetail shown = detail.get();
        if (shown == null) {
            return;
        }
        DecisionForms.Result result = form.apply(shown.item());
        reasonError.set(result.problem());
        if (result.decision() != null) {
            send(result.decision());
        }
    }

    /** Routine approval of many items at once; each goes (or waits) on its own. */
    public void approveAll(List<QueueLine> chosen) {
        List<ReviewDecision> decisions = chosen.stream().map(line -> behindLines.get(line.id()))
                .filter(Objects::nonNull).filter(item -> approvable(item.kind()))
                .map(item -> new ReviewDecision(item.id(), "approve", item.version(), Map.of())).toList();
        if (decisions.isEmpty()) {
            return;
        }
        busy.set(true);
        executor.execute(work -> decisions.stream().map(review::decide).toList(),
                TaskCallbacks.of(outcomes -> {
                    long sent = outcomes.stream().filter(o -> o.kind() == SendOutcome.Kind.SENT).count();
                    long held = outcomes.stream().filter(o -> o.kind() == SendOutcome.Kind.WAITING).count();
                    message.set(new Message("review.batch.done", sent, held, outcomes.size() - sent - held));
                    refresh();
                }, this::failed));
    }

    static boolean approvable(String kind) {
        return "record".equals(kind) || "conflict".equals(kind) || "duplicate".equals(kind);
    }

    private Map<String, Object> comment() {
        return comment.get().isBlank() ? Map.of() : Map.of("comment", comment.get().strip());
    }

    private void send(ReviewDecision decision) {
        busy.set(true);
        executor.execute(work -> review.decide(decision), TaskCallbacks.of(outcome -> {
            message.set(switch (outcome.kind()) {
                case SENT -> new Message("review.sent");
                case WAITING -> new Message("review.waitingOffline");
                case CONFLICT -> new Message("review.conflict", outcome.by() == null ? "" : outcome.by(),
                        outcome.status() == null ? "" : outcome.status());
                case REFUSED -> new Message("review.refused", outcome.detail() == null ? "" : outcome.detail());
            });
            select(null);
            refresh();
        }, this::failed));
    }

    private void show(Loaded loaded) {
        busy.set(false);
        ReviewQueuePage page = loaded.page();
        behindLines.clear();
        page.items().forEach(item -> behindLines.put(item.id(), item));
        items.setAll(page.items().stream().map(ReviewViewModel::lineOf).toList());
        Object[] perKind = KINDS.stream().map(each -> page.counts().getOrDefault(each, 0L)).toArray();
        Object[] args = new Object[perKind.length + 1];
        System.arraycopy(perKind, 0, args, 0, perKind.length);
        args[perKind.length] = page.overdue();
        counts.set(new Message("review.counts", args));
        waiting.set(loaded.waiting() == 0 ? null : new Message("review.waitingCount", loaded.waiting()));
        loaded.lateAnswers().stream().findFirst().ifPresent(late -> message.set(late.kind() == SendOutcome.Kind.CONFLICT
                ? new Message("review.lateConflict", late.by() == null ? "" : late.by(),
                        late.status() == null ? "" : late.status())
                : new Message("review.refused", late.detail() == null ? "" : late.detail())));
    }

    private static QueueLine titled(QueueLine line, String title) {
        return line.title() != null || title == null ? line : new QueueLine(line.id(), line.kind(), line.status(),
                line.recordType(), line.recordId(), line.worker(), line.field(), line.mine(), line.theirs(),
                line.overdue(), title);
    }

    private static QueueLine lineOf(ReviewQueueItem item) {
        return new QueueLine(item.id(), item.kind(), item.status(), item.recordType(), item.recordId(), item.worker(),
                item.field(), item.mine(), item.theirs(), item.overdue(), item.title());
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set(failure instanceof ReviewOfflineException ? new Message("review.offline")
                : new Message("review.failed", failure.getMessage() == null ? "" : failure.getMessage()));
    }

    public DecisionForms forms() {
        return forms;
    }

    public ObservableList<QueueLine> items() {
        return items;
    }

    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    public ReadOnlyObjectProperty<Message> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReviewItemDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The line of the item shown in the detail pane, null when none is. */
    public ReadOnlyObjectProperty<QueueLine> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** A poor rating's deadline in working days: the call-back's while open, the rectification's after. */
    public ReadOnlyObjectProperty<Message> deadlineProperty() {
        return deadline.getReadOnlyProperty();
    }

    public ObservableList<ConflictRow> conflictRows() {
        return conflictRows;
    }

    /** The language an application's form is laid out in: the screen's. */
    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ReadOnlyObjectProperty<Message> reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private record Loaded(ReviewQueuePage page, int waiting, List<SendOutcome> lateAnswers) {
    }
}
