package org.griddesk.sync.merge;

import java.util.List;

/**
 * The new platform state after judging one change. {@code changed} says whether the record must be
 * stored (its rev was increased); conflicts may exist even when the record itself did not change.
 */
public record MergeOutcome(ServerRecord record, ResultStatus status, List<Conflict> conflicts, boolean changed) {

    public MergeOutcome {
        conflicts = List.copyOf(conflicts);
    }
}
