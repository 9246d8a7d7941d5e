package org.griddesk.platform.service.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.griddesk.model.record.RecordType;
import org.griddesk.platform.service.BadRequestException;
import org.griddesk.platform.service.OutOfScopeException;
import org.griddesk.platform.service.Session;
import org.griddesk.platform.store.sync.CountyTransactions;
import org.griddesk.platform.store.sync.ReviewEventStore;
import org.griddesk.platform.store.sync.ReviewEventStore.ReviewEvent;
import org.griddesk.platform.store.sync.ReviewItemRow;
import org.griddesk.platform.store.sync.ReviewItemStore;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.ServerStore;

/**
 * What reviewers do with an item. Each action runs in one writing transaction of the county: the item is locked,
 * checked against what the reviewer saw (else 409, nothing written), the record written as a new revision where the
 * decision reaches the devices, the item moved on and the event appended to its history.
 */
public final class ReviewActions {
    static final Set<String> DECISIONS = Set.of("accepted", "approved", "rejected", "needs_materials");
    static final String RECTIFYING = "rectifying";
    private static final int MAX_TEXT = 2000;

    private final CountyTransactions transactions;
    private final ReviewItemStore items;
    private final ReviewEventStore events;
    private final ReviewQueue queue;
    private final RecordRevisions revisions;
    private final DuplicateMerge merges;
    private final ResolutionCheck resolutions;
    private final Clock clock;

    public ReviewActions(CountyTransactions transactions, ServerStore records, ReviewQueue queue, Clock clock) {
        this.transactions = transactions;
        this.items = new ReviewItemStore(transactions);
        this.events = new ReviewEventStore(transactions);
        this.queue = queue;
        this.revisions = new RecordRevisions(records, new HybridLogicalClock(RecordRevisions.PLATFORM_DEVICE,
                clock::millis));
        this.merges = new DuplicateMerge(items, revisions);
        this.resolutions = new ResolutionCheck(clock);
        this.clock = clock;
    }

    /** A conflict: the value chosen per field (this item's field and other open conflicting fields of the record). */
    public ReviewItem resolve(Session session, long id, ReviewRequests.Resolve request) {
        String reason = required(request.reason(), "reason");
        if (request.fields() == null || request.fields().isEmpty()) {
            throw new BadRequestException("fields must give the value chosen for each conflicting field");
        }
        return act(session, id, request, Set.of("conflict"), row -> {
            if (!request.fields().containsKey(row.field())) {
                throw new BadRequestException("fields must give a value for " + row.field());
            }
            Map<String, ReviewItemRow> open = new LinkedHashMap<>();
            items.openConflicts(row.recordType(), row.recordId()).forEach(each -> open.putIfAbsent(each.field(), each));
            open.put(row.field(), row);
            for (String field : request.fields().keySet()) {
                if (!open.containsKey(field)) {
                    throw new BadRequestException(field + " is not an open conflict of this record");
                }
            }
            Map<String, Object> set = new HashMap<>(request.fields());
            Object deleted = set.remove(SyncRecord.DELETED_FIELD);
            Boolean delete = deleted == null ? null : Boolean.TRUE.equals(deleted);
            ServerRecord current = revisions.current(key(row));
            resolutions.check(session, current, set, delete == null ? current.deleted() : delete);
            ServerRecord written = revisions.write(key(row), set, delete, session.username());
            for (ReviewItemRow sibling : open.values()) {
                if (sibling.id() != row.id() && request.fields().containsKey(sibling.field())) {
                    record(session, sibling, resolution(sibling, request.fields().get(sibling.field()), reason,
                            written));
                }
            }
            return resolution(row, request.fields().get(row.field()), reason, written);
        });
    }

    /** A record, conflict or duplicate judged fine as it is. A record returned before is marked approved. */
    public ReviewItem approve(Session session, long id, ReviewRequests.Comment request) {
        String comment = optional(request.comment());
        return act(session, id, request, Set.of("record", "conflict", "duplicate"), row -> {
            Map<String, Object> event = new LinkedHashMap<>();
            if ("record".equals(row.kind())) {
                ServerRecord record = revisions.current(key(row));
                if (record.fields().get("reviewStatus") != null) {
                    Map<String, Object> set = new HashMap<>();
                    set.put("reviewStatus", "approved");
                    set.put("reviewComment", comment);
                    event.put("rev", revisions.write(key(row), set, null, session.username()).rev());
                }
            }
            return new ItemAction("approve", "approved", comment, Map.of(), event);
        });
    }

    /** A record or an application sent back to the worker with a comment, which reaches the device by sync. */
    public ReviewItem returnItem(Session session, long id, ReviewRequests.Comment request) {
        String comment = required(request.comment(), "comment");
        return act(session, id, request, Set.of("record", "application"), row -> {
            Map<String, Object> set = new HashMap<>();
            if ("application".equals(row.kind())) {
                set.put("status", "returned");
                set.put("decisionComment", comment);
                set.put("decidedBy", session.username());
                set.put("decidedAt", clock.instant().toString());
            } else {
                set.put("reviewStatus", "returned");
                set.put("reviewComment", comment);
                set.put("reviewedBy", session.username());
                set.put("reviewedAt", clock.instant().toString());
            }
            long rev = revisions.write(key(row), set, null, session.username()).rev();
            return new ItemAction("return", "returned", comment, Map.of(), Map.of("rev", rev));
        });
    }

    /** Two records of one resident made one: see {@link DuplicateMerge}. */
    public ReviewItem merge(Session session, long id, ReviewRequests.Merge request) {
        String comment = optional(request.comment());
        return act(session, id, request, Set.of("duplicate"), row -> {
            DuplicateMerge.Outcome outcome = merges.merge(session, row, request.survivorId());
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("survivorId", outcome.survivorId());
            detail.put("mergedId", outcome.mergedId());
            detail.put("moved", outcome.moved());
            return new ItemAction("merge", "resolved", comment, detail, detail);
        });
    }

    /** An application's decision, written into the application so that the worker's device shows it. */
    public ReviewItem decide(Session session, long id, ReviewRequests.Decide request) {
        String decision = request.decision();
        if (decision == null || !DECISIONS.contains(decision)) {
            throw new BadRequestException("decision must be one of accepted, approved, rejected, needs_materials");
        }
        List<String> missing = request.missing() == null ? List.of()
                : request.missing().stream().map(ReviewActions::optional).filter(text -> text != null).toList();
        if ("needs_materials".equals(decision) && missing.isEmpty()) {
            throw new BadRequestException("missing must list what the resident still has to bring");
        }
        String comment = optional(request.comment());
        return act(session, id, request, Set.of("application"), row -> {
            Map<String, Object> set = new HashMap<>();
            set.put("status", decision);
            set.put("decisionComment", comment);
            set.put("missingMaterials", missing);
            set.put("decidedBy", session.username());
            set.put("decidedAt", clock.instant().toString());
            long rev = revisions.write(key(row), set, null, session.username()).rev();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("decision", decision);
            detail.put("missing", missing);
            Map<String, Object> event = new LinkedHashMap<>(detail);
            event.put("rev", rev);
            return new ItemAction("decide", "decided", comment, detail, event);
        });
    }

    /** An issue given to a worker or a department with a deadline; the issue moves to accepted (受理). */
    public ReviewItem dispatch(Session session, long id, ReviewRequests.Dispatch request) {
        String worker = optional(request.worker());
        String department = optional(request.department());
        if (worker == null && department == null) {
            throw new BadRequestException("dispatch needs a worker or a department");
        }
        String deadline = deadline(request.deadline());
        String comment = optional(request.comment());
        return act(session, id, request, Set.of("issue"), row -> {
            ServerRecord issue = revisions.current(key(row));
            Map<String, Object> set = new HashMap<>();
            set.put("status", "accepted");
            set.put("assignee", worker);
            set.put("department", department);
            set.put("deadline", deadline);
            set.put("timeline", IssueTimeline.withStep(issue.fields().get("timeline"), clock.instant(),
                    session.username(), "accepted", IssueTimeline.note(worker, department, deadline, comment)));
            long rev = revisions.write(key(row), set, null, session.username()).rev();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("worker", worker);
            detail.put("department", department);
            detail.put("deadline", deadline);
            Map<String, Object> event = new LinkedHashMap<>(detail);
            event.put("rev", rev);
            return new ItemAction("dispatch", "dispatched", comment, detail, event);
        });
    }

    /** A poor rating called back: when, what came of it, what will be put right. */
    public ReviewItem callback(Session session, long id, ReviewRequests.Callback request) {
        String outcome = required(request.outcome(), "outcome");
        String rectification = optional(request.rectification());
        Instant calledAt = request.calledAt() == null ? clock.instant() : request.calledAt();
        return act(session, id, request, Set.of("rating"), row -> {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("calledAt", calledAt.toString());
            detail.put("outcome", outcome);
            detail.put("rectification", rectification);
            detail.put("calledBackLate", row.dueAt() != null && calledAt.isAfter(row.dueAt()));
            // A rectification agreed on the call is still owed to the resident: the item stays with the reviewers,
            // now due at its rectification deadline, until someone records it done.
            return new ItemAction("callback", rectification == null ? "resolved" : RECTIFYING, outcome, detail,
                    detail);
        });
    }

    /** The rectification agreed on a call-back carried out: what was done, and whether within its deadline. */
    public ReviewItem rectify(Session session, long id, ReviewRequests.Rectify request) {
        String done = required(request.comment(), "comment");
        Instant rectifiedAt = request.rectifiedAt() == null ? clock.instant() : request.rectifiedAt();
        return act(session, id, request, Set.of("rating"), RECTIFYING, row -> {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("rectifiedAt", rectifiedAt.toString());
            detail.put("rectifiedLate", row.rectifyDueAt() != null && rectifiedAt.isAfter(row.rectifyDueAt()));
            return new ItemAction("rectify", "resolved", done, detail, detail);
        });
    }

    /** One action on many items, each in its own transaction: one item changed meanwhile does not stop the rest. */
    public ReviewRequests.BatchResults batch(Session session, ReviewRequests.Batch request) {
        ReviewScope.gridsOf(session);
        if (!"approve".equals(request.action()) && !"return".equals(request.action())) {
            throw new BadRequestException("action must be approve or return");
        }
        if (request.ids() == null || request.ids().isEmpty() || request.ids().size() > 500) {
            throw new BadRequestException("ids must list 1 to 500 items");
        }
        List<ReviewRequests.BatchResult> results = new ArrayList<>();
        for (Long id : request.ids()) {
            if (id == null) {
                throw new BadRequestException("ids must not contain null");
            }
            Integer version = request.versions() == null ? null : request.versions().get(Long.toString(id));
            ReviewRequests.Comment each = new ReviewRequests.Comment(request.comment(), version, null);
            try {
                ReviewItem done = "approve".equals(request.action()) ? approve(session, id, each)
                        : returnItem(session, id, each);
                results.add(new ReviewRequests.BatchResult(id, "done", done, null));
            } catch (ReviewConflictException e) {
                results.add(new ReviewRequests.BatchResult(id, "conflict", e.current(), e.getMessage()));
            } catch (ReviewNotFoundException e) {
                results.add(new ReviewRequests.BatchResult(id, "not_found", null, e.getMessage()));
            } catch (BadRequestException e) {
                results.add(new ReviewRequests.BatchResult(id, "refused", null, e.getMessage()));
            }
        }
        return new ReviewRequests.BatchResults(results);
    }

    private ReviewItem act(Session session, long id, ReviewRequests.Seen seen, Set<String> kinds,
                           Function<ReviewItemRow, ItemAction> action) {
        return act(session, id, seen, kinds, "open", action);
    }

    private ReviewItem act(Session session, long id, ReviewRequests.Seen seen, Set<String> kinds, String from,
                           Function<ReviewItemRow, ItemAction> action) {
        ReviewScope.gridsOf(session);
        return transactions.write(() -> {
            ReviewItemRow row = items.lock(id).filter(found -> ReviewScope.covers(session, found.grid()))
                    .orElseThrow(() -> new ReviewNotFoundException(id));
            if (!kinds.contains(row.kind())) {
                throw new BadRequestException("An item of kind " + row.kind() + " cannot be handled this way");
            }
            boolean stale = seen.version() != null && seen.version() != row.version()
                    || seen.expectedState() != null && !seen.expectedState().equals(row.status());
            if (stale || !from.equals(row.status())) {
                throw new ReviewConflictException(queue.current(id));
            }
            record(session, row, action.apply(row));
            return queue.current(id);
        });
    }

    private void record(Session session, ReviewItemRow row, ItemAction done) {
        Instant now = clock.instant();
        items.transition(row.id(), done.status(), session.username(), now, done.itemDetail());
        events.append(row.id(), new ReviewEvent(now, session.username(), done.action(), row.status(), done.status(),
                done.comment(), done.eventDetail()));
    }

    /** The event of a resolved conflict keeps the losing values beside the chosen one. */
    private static ItemAction resolution(ReviewItemRow row, Object chosen, String reason, ServerRecord written) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("field", row.field());
        detail.put("chosen", chosen);
        detail.put("base", row.base());
        detail.put("mine", row.mine());
        detail.put("theirs", row.theirs());
        detail.put("rev", written.rev());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("chosen", chosen);
        item.put("resolvedRev", written.rev());
        return new ItemAction("resolve", "resolved", reason, item, detail);
    }

    private static RecordKey key(ReviewItemRow row) {
        return new RecordKey(row.recordType(), row.recordId());
    }

    static String required(String text, String name) {
        String value = optional(text);
        if (value == null) {
            throw new BadRequestException(name + " is required");
        }
        return value;
    }

    static String optional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_TEXT || text.indexOf('\0') >= 0) {
            throw new BadRequestException("Text must be at most " + MAX_TEXT + " characters, without NUL");
        }
        return text.strip();
    }

    private static String deadline(String text) {
        String value = required(text, "deadline");
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(value).toInstant().toString();
            } catch (DateTimeParseException e) {
                throw new BadRequestException("deadline must be an ISO date (2026-12-31) or date-time");
            }
        }
    }

    static void requireInScope(Session session, ServerRecord record) {
        Object grid = record.fields().get("grid");
        if (!ReviewScope.covers(session, grid == null ? null : grid.toString())) {
            throw new OutOfScopeException("The record " + record.id() + " is not in your grids");
        }
    }

    static boolean isResident(ServerRecord record) {
        return RecordType.RESIDENT.wireName().equals(record.type());
    }
}
