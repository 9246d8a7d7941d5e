package org.griddesk.platform.service.review;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.griddesk.model.record.RecordType;
import org.griddesk.platform.store.sync.CountyTransactions;
import org.griddesk.platform.store.sync.ReviewItemStore;
import org.griddesk.platform.store.sync.ReviewItemStore.NewItem;
import org.griddesk.platform.store.sync.ReviewRuleStore.StoredRule;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.server.Caller;
import org.griddesk.sync.server.ChangeValidator;
import org.griddesk.sync.server.ChangeVerdict;

/**
 * Puts pushed records a person must look at into the review queue, in the push's own transaction: records the
 * review rules name, submitted applications, newly reported issues and poor ratings (level 1 or 2, a call-back due
 * within 3 working days and rectification within 10). Wraps the platform's validator, so only changes the platform
 * accepts make items.
 */
public final class ReviewIntake implements ChangeValidator {
    static final int CALLBACK_WORKING_DAYS = 3;
    static final int RECTIFICATION_WORKING_DAYS = 10;

    private final ChangeValidator validator;
    private final ReviewItemStore items;
    private final ReviewRules rules;
    private final Clock clock;

    public ReviewIntake(ChangeValidator validator, CountyTransactions transactions, Clock clock) {
        this.validator = validator;
        this.items = new ReviewItemStore(transactions);
        this.rules = new ReviewRules(transactions);
        this.clock = clock;
    }

    @Override
    public ChangeVerdict judge(Caller caller, ServerRecord current, ServerRecord proposed) {
        ChangeVerdict verdict = validator.judge(caller, current, proposed);
        if (verdict.kind() == ChangeVerdict.Kind.REJECT || proposed.deleted()
                || current != null && current.rev() == proposed.rev()) {
            return verdict;
        }
        if (verdict.kind() == ChangeVerdict.Kind.DUPLICATE) {
            items.nameDuplicateWorker(proposed.type(), proposed.id(), caller.author());
        }
        String type = proposed.type();
        if (RecordType.APPLICATION.wireName().equals(type)) {
            submittedApplication(caller, current, proposed);
        } else if (RecordType.ISSUE.wireName().equals(type)) {
            reportedIssue(caller, current, proposed);
        } else if (RecordType.SERVICE_RATING.wireName().equals(type)) {
            poorRating(caller, current, proposed);
        } else {
            ruledRecord(caller, current, proposed);
        }
        return verdict;
    }

    private void submittedApplication(Caller caller, ServerRecord current, ServerRecord proposed) {
        if ("submitted".equals(proposed.fields().get("status"))
                && (live(current) == null || !"submitted".equals(current.fields().get("status")))) {
            add("application", caller, proposed, null, null, Map.of());
        }
    }

    /** A new issue, or one reported again after it was returned. */
    private void reportedIssue(Caller caller, ServerRecord current, ServerRecord proposed) {
        boolean reportedAgain = current != null && "reported".equals(proposed.fields().get("status"))
                && !"reported".equals(current.fields().get("status"));
        if (live(current) == null || reportedAgain) {
            add("issue", caller, proposed, null, null, Map.of());
        }
    }

    private void poorRating(Caller caller, ServerRecord current, ServerRecord proposed) {
        if (isPoor(proposed) && (live(current) == null || !isPoor(current))) {
            Instant now = clock.instant();
            add("rating", caller, proposed, WorkingDays.after(now, CALLBACK_WORKING_DAYS),
                    WorkingDays.after(now, RECTIFICATION_WORKING_DAYS), Map.of("level", level(proposed)));
        }
    }

    private void ruledRecord(Caller caller, ServerRecord current, ServerRecord proposed) {
        if (live(current) != null && "returned".equals(current.fields().get("reviewStatus"))) {
            // a record a supervisor sent back comes back to them with whatever the worker changed
            add("record", caller, proposed, null, null, Map.of("change", "resubmitted"));
            return;
        }
        StoredRule rule = rules.inForceForThisPush().get(proposed.type());
        if (rule == null) {
            return;
        }
        if (live(current) == null) {
            if (rule.onNew()) {
                add("record", caller, proposed, null, null, Map.of("change", "new"));
            }
            return;
        }
        List<String> changed = rule.fields().stream()
                .filter(field -> !Objects.equals(current.fields().get(field), proposed.fields().get(field))).toList();
        if (!changed.isEmpty()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("change", "changed");
            detail.put("fields", changed);
            add("record", caller, proposed, null, null, detail);
        }
    }

    private void add(String kind, Caller caller, ServerRecord record, Instant dueAt, Instant rectifyDueAt,
                     Map<String, Object> detail) {
        Object grid = record.fields().get("grid");
        items.addOnce(new NewItem(kind, record.type(), record.id(), record.rev(),
                grid == null ? null : grid.toString(), caller.author(), clock.instant(), dueAt, rectifyDueAt, detail));
    }

    private static ServerRecord live(ServerRecord record) {
        return record == null || record.deleted() ? null : record;
    }

    private static boolean isPoor(ServerRecord rating) {
        long level = level(rating);
        return level >= 1 && level <= 2;
    }

    private static long level(ServerRecord rating) {
        Object level = rating.fields().get("level");
        if (level instanceof Number number) {
            return number.longValue();
        }
        try {
            return level == null ? 0 : Long.parseLong(level.toString().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
