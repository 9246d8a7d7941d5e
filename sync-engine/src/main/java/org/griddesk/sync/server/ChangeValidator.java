package org.griddesk.sync.server;

import org.griddesk.sync.merge.ServerRecord;

/**
 * The platform's validation and cross-record rules (identity numbers, codes, duplicates) applied to the
 * state a change would produce. {@code current} is null for a new record.
 */
@FunctionalInterface
public interface ChangeValidator {

    ChangeValidator ACCEPT_ALL = (caller, current, proposed) -> ChangeVerdict.ACCEPTED;

    ChangeVerdict judge(Caller caller, ServerRecord current, ServerRecord proposed);
}
