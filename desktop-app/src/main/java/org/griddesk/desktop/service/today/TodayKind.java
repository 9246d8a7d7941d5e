package org.griddesk.desktop.service.today;

/** The sections of 今日, in the order a worker works through them: people first, then paperwork, then sync. */
public enum TodayKind {
    /** A household of someone aged 80 or over, living alone, on 低保 or with a disability, not visited lately. */
    VISIT_DUE,
    /** An issue past its deadline and not closed. */
    ISSUE_OVERDUE,
    /** An issue a supervisor dispatched to this worker, not closed (and not yet overdue). */
    ISSUE_DISPATCHED,
    /** An application the platform asked more materials for. */
    APPLICATION_NEEDS_MATERIALS,
    /** An application a supervisor sent back to be corrected. */
    APPLICATION_RETURNED,
    /** A decision (accepted, approved, rejected) that came by sync and that the worker has not passed on yet. */
    APPLICATION_DECIDED,
    /** A household, resident, visit or issue a supervisor returned with a comment. */
    RECORD_RETURNED,
    /** A record the platform refused. */
    RECORD_REFUSED,
    /** A record in conflict with someone else's change. */
    RECORD_CONFLICT
}
