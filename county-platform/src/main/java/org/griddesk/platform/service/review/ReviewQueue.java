package org.griddesk.platform.service.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.griddesk.platform.service.BadRequestException;
import org.griddesk.platform.service.OutOfScopeException;
import org.griddesk.platform.service.Session;
import org.griddesk.platform.store.sync.CountyTransactions;
import org.griddesk.platform.store.sync.ReviewEventStore;
import org.griddesk.platform.store.sync.ReviewItemRow;
import org.griddesk.platform.store.sync.ReviewItemStore;
import org.griddesk.platform.store.sync.ReviewQueueRows;
import org.griddesk.platform.store.sync.ReviewQueueRows.KindCount;
import org.griddesk.platform.store.sync.ReviewQueueRows.QueueQuery;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.ServerStore;

/** Reading the review queue: pages with counts per kind, and one item with everything needed to judge it. */
public final class ReviewQueue {
    public static final int DEFAULT_PAGE = 1000;
    public static final int MAX_PAGE = 1000;
    static final List<String> KINDS = List.of("conflict", "duplicate", "record", "application", "issue", "rating");
    static final List<String> STATUSES = List.of("open", "rectifying", "approved", "returned", "resolved",
            "decided", "dispatched");
    /** What a person still has to act on: the default of the list. */
    static final List<String> WAITING = List.of("open", "rectifying");

    private final CountyTransactions transactions;
    private final ReviewQueueRows queue;
    private final ReviewItemStore items;
    private final ReviewEventStore events;
    private final ServerStore records;
    private final Clock clock;

    public ReviewQueue(CountyTransactions transactions, ServerStore records, Clock clock) {
        this.transactions = transactions;
        this.queue = new ReviewQueueRows(transactions);
        this.items = new ReviewItemStore(transactions);
        this.events = new ReviewEventStore(transactions);
        this.records = records;
        this.clock = clock;
    }

    public ReviewPage list(Session session, ReviewFilter filter) {
        Optional<List<String>> scope = ReviewScope.gridsOf(session);
        QueueQuery query = query(filter, scope);
        int limit = limit(filter.limit());
        long after = cursor(filter.cursor());
        Instant now = clock.instant();
        if (scope.isPresent() && query.grids().isEmpty()) {
            return page(List.of(), Map.of(), limit);
        }
        return transactions.read(() -> {
            List<ReviewItemRow> rows = queue.page(query, after, limit + 1);
            Map<String, KindCount> counts = queue.counts(query, now);
            Map<Long, String> titles = new ReviewTitles(records).of(rows);
            return page(rows.stream().map(row -> ReviewItem.of(row, now).titled(titles.get(row.id()))).toList(),
                    counts, limit);
        });
    }

    public ReviewDetail get(Session session, long id) {
        ReviewScope.gridsOf(session);
        Instant now = clock.instant();
        return transactions.read(() -> {
            ReviewItemRow row = items.find(id).filter(found -> ReviewScope.covers(session, found.grid()))
                    .orElseThrow(() -> new ReviewNotFoundException(id));
            ReviewDetail.RecordState record = state(new RecordKey(row.recordType(), row.recordId()));
            ReviewDetail.RecordState other = row.otherRecordId() == null ? null
                    : state(new RecordKey(row.recordType(), row.otherRecordId()));
            List<ReviewDetail.ConflictField> conflicts = new ArrayList<>();
            if ("conflict".equals(row.kind())) {
                List<ReviewItemRow> open = new ArrayList<>(items.openConflicts(row.recordType(), row.recordId()));
                if (open.stream().noneMatch(each -> each.id() == row.id())) {
                    open.add(0, row);
                }
                open.forEach(each -> conflicts.add(conflictField(each)));
            }
            ReviewDetail.MergePreview preview = "duplicate".equals(row.kind()) && other != null
                    ? DuplicateMerge.preview(record, other, items.recordsNamingResident(record.id())) : null;
            List<Map<String, Object>> shown = new ArrayList<>();
            if (record != null) {
                shown.add(record.fields());
            }
            if (other != null) {
                shown.add(other.fields());
            }
            return new ReviewDetail(ReviewItem.of(row, now), record, other, conflicts, history(row), preview,
                    new ReviewTitles(records).referencedBy(shown));
        });
    }

    /** The item as it is now, for an answer after an action or a 409. */
    ReviewItem current(long id) {
        return items.find(id).map(row -> ReviewItem.of(row, clock.instant()))
                .orElseThrow(() -> new ReviewNotFoundException(id));
    }

    private List<ReviewDetail.HistoryEntry> history(ReviewItemRow row) {
        List<ReviewDetail.HistoryEntry> history = new ArrayList<>();
        history.add(new ReviewDetail.HistoryEntry(row.createdAt(), row.worker(), "created", null, "open", null,
                Map.of()));
        events.history(row.id()).forEach(event -> history.add(new ReviewDetail.HistoryEntry(event.at(),
                event.actor(), event.action(), event.fromStatus(), event.toStatus(), event.comment(),
                event.detail())));
        return history;
    }

    private ReviewDetail.RecordState state(RecordKey key) {
        return records.find(key).map(ReviewQueue::state).orElse(null);
    }

    static ReviewDetail.RecordState state(ServerRecord record) {
        return new ReviewDetail.RecordState(record.type(), record.id(), record.rev(), record.fields(),
                record.deleted());
    }

    private static ReviewDetail.ConflictField conflictField(ReviewItemRow row) {
        return new ReviewDetail.ConflictField(row.id(), row.version(), row.field(), row.base(), row.mine(),
                row.theirs(), row.kept(), row.mineAuthor(), row.theirsAuthor(), row.mineHlc(), row.theirsHlc(),
                at(row.mineHlc()), at(row.theirsHlc()));
    }

    private static Instant at(String hlc) {
        return hlc == null ? null : Instant.ofEpochMilli(Hlc.parse(hlc).millis());
    }

    private QueueQuery query(ReviewFilter filter, Optional<List<String>> scope) {
        List<String> statuses = statuses(filter.status());
        Optional<String> kind = Optional.ofNullable(filter.kind()).filter(text -> !text.isBlank());
        if (kind.isPresent() && !KINDS.contains(kind.get())) {
            throw new BadRequestException("kind must be one of " + String.join(", ", KINDS));
        }
        List<String> grids = scope.orElse(List.of());
        if (filter.grid() != null && !filter.grid().isBlank()) {
            if (scope.isPresent() && !grids.contains(filter.grid())) {
                throw new OutOfScopeException("Grid " + filter.grid() + " is not one of your grids");
            }
            grids = List.of(filter.grid());
        }
        Optional<Instant> before = Optional.empty();
        if (filter.olderThanDays() != null) {
            if (filter.olderThanDays() < 0 || filter.olderThanDays() > 3650) {
                throw new BadRequestException("olderThanDays must be between 0 and 3650");
            }
            before = Optional.of(clock.instant().minus(Duration.ofDays(filter.olderThanDays())));
        }
        Optional<Instant> due = Boolean.TRUE.equals(filter.overdue()) ? Optional.of(clock.instant()) : Optional.empty();
        return new QueueQuery(statuses, kind, grids, Optional.ofNullable(filter.worker()).filter(w -> !w.isBlank()),
                before, due);
    }

    private static List<String> statuses(String text) {
        if (text == null || text.isBlank()) {
            return WAITING;
        }
        if ("all".equals(text.trim())) {
            return STATUSES;
        }
        List<String> statuses = Arrays.stream(text.split(",")).map(String::trim).distinct().toList();
        if (!Set.copyOf(STATUSES).containsAll(statuses)) {
            throw new BadRequestException("status must be all or one or more of " + String.join(", ", STATUSES));
        }
        return statuses;
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_PAGE;
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new BadRequestException("limit must be between 1 and " + MAX_PAGE);
        }
        return limit;
    }

    private static long cursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(cursor.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException("cursor must be the next value of a previous page");
        }
    }

    private static ReviewPage page(List<ReviewItem> found, Map<String, KindCount> byKind, int limit) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Long> overdue = new LinkedHashMap<>();
        KINDS.forEach(kind -> {
            KindCount count = byKind.get(kind);
            counts.put(kind, count == null ? 0 : count.count());
            overdue.put(kind, count == null ? 0 : count.overdue());
        });
        boolean more = found.size() > limit;
        List<ReviewItem> shown = more ? found.subList(0, limit) : found;
        String next = more ? Long.toString(shown.get(shown.size() - 1).id()) : null;
        return new ReviewPage(List.copyOf(shown), counts, overdue,
                overdue.values().stream().mapToLong(Long::longValue).sum(), next, more);
    }
}
