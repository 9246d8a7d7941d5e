package org.griddesk.sync.server;

import java.util.List;
import java.util.Objects;
import org.griddesk.sync.clock.ClockSkewClamp;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.BaseValues;
import org.griddesk.sync.merge.FieldMerger;
import org.griddesk.sync.merge.IncomingChange;
import org.griddesk.sync.merge.MergeOutcome;
import org.griddesk.sync.merge.ResultStatus;
import org.griddesk.sync.merge.ReviewOnlyMerge;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.ServerStore;
import org.griddesk.sync.store.StoredConflict;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.ErrorDetail;
import org.griddesk.sync.wire.WireConversions;

/** Judges one pushed change on its own: merge, scope, validation, then store the outcome. */
public final class PushJudge {

    private final ServerStore store;
    private final FieldMerger merger;
    private final ClockSkewClamp clamp;
    private final ScopeCheck scope;
    private final ChangeValidator validator;
    private final FormerScope formerScope;

    public PushJudge(ServerStore store, FieldMerger merger, ClockSkewClamp clamp, ScopeCheck scope,
                     ChangeValidator validator) {
        this.store = Objects.requireNonNull(store);
        this.merger = Objects.requireNonNull(merger);
        this.clamp = Objects.requireNonNull(clamp);
        this.scope = Objects.requireNonNull(scope);
        this.validator = Objects.requireNonNull(validator);
        this.formerScope = new FormerScope(store, scope);
    }

    public ChangeResult judge(Caller caller, Change change) {
        return judge(caller, change, BatchRecords.direct(store));
    }

    ChangeResult judge(Caller caller, Change change, BatchRecords records) {
        IncomingChange incoming;
        try {
            incoming = toIncoming(caller, change);
        } catch (IllegalArgumentException | NullPointerException e) {
            return rejected(change, ErrorCodes.INVALID_CHANGE, e.getMessage());
        }
        ServerRecord current = records.current(incoming.key()).orElse(null);
        if (current != null && !scope.allows(caller, current)) {
            return formerScope.couldSee(caller, current.key()) ? keepForReview(change, incoming, current)
                    : rejected(change, ErrorCodes.OUT_OF_SCOPE, "The record is outside your scope");
        }
        MergeOutcome outcome = merger.merge(current, incoming, baseValues(incoming));
        if (!scope.allows(caller, outcome.record())) {
            return rejected(change, ErrorCodes.OUT_OF_SCOPE, "The change would put the record outside your scope");
        }
        ChangeVerdict verdict = validator.judge(caller, current, outcome.record());
        if (verdict.kind() == ChangeVerdict.Kind.REJECT) {
            return rejected(change, verdict.code(), verdict.message());
        }
        return accept(outcome, verdict, records);
    }

    /**
     * The record left the worker's scope while they edited it offline: the edit may not change the record, but a
     * person who now holds it must see it (never lose a user's edit). The answer carries neither the record nor
     * the conflicts, whose "theirs" values the caller may no longer read.
     */
    private ChangeResult keepForReview(Change change, IncomingChange incoming, ServerRecord current) {
        ReviewOnlyMerge.conflicts(current, incoming, baseValues(incoming)).forEach(conflict ->
                store.addConflict(new StoredConflict(current.key(), current.rev(), conflict)));
        return rejected(change, ErrorCodes.KEPT_FOR_REVIEW,
                "The record has left your scope; your changes were kept for review by the people who now hold it");
    }

    private ChangeResult accept(MergeOutcome outcome, ChangeVerdict verdict, BatchRecords records) {
        ServerRecord record = outcome.record();
        if (outcome.changed()) {
            store.save(record);
            records.saved(record);
        }
        outcome.conflicts().forEach(conflict ->
                store.addConflict(new StoredConflict(record.key(), record.rev(), conflict)));
        ResultStatus status = verdict.kind() == ChangeVerdict.Kind.DUPLICATE && outcome.status() != ResultStatus.CONFLICT
                ? ResultStatus.DUPLICATE : outcome.status();
        ErrorDetail note = verdict.kind() == ChangeVerdict.Kind.DUPLICATE
                ? new ErrorDetail(verdict.code(), verdict.message()) : null;
        return new ChangeResult(record.id(), status.wireName(), record.rev(), WireConversions.toBody(record),
                outcome.conflicts().stream().map(WireConversions::toBody).toList(), note);
    }

    private IncomingChange toIncoming(Caller caller, Change change) {
        requireText(change.type(), "type");
        requireText(change.id(), "id");
        change.set().keySet().forEach(field -> {
            if (field == null || field.isBlank() || SyncRecord.isReserved(field)) {
                throw new IllegalArgumentException("Field name not allowed: " + field);
            }
        });
        Hlc hlc = Hlc.parse(change.hlc());
        if (!hlc.deviceId().equals(caller.deviceId())) {
            throw new IllegalArgumentException("HLC of another device");
        }
        return new IncomingChange(change.type(), change.id(), change.baseRev(), change.set(), change.delete(),
                clamp.admit(hlc), caller.author());
    }

    private BaseValues baseValues(IncomingChange change) {
        RecordKey key = change.key();
        return field -> store.version(key, change.baseRev()).map(base -> base.fields().get(field)).orElse(null);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + name);
        }
    }

    static ChangeResult rejected(Change change, String code, String message) {
        return new ChangeResult(change.id(), ResultStatus.REJECTED.wireName(), 0, null, List.of(),
                new ErrorDetail(code, message));
    }
}
