package org.griddesk.desktop.service;

import java.time.Instant;
import java.util.Optional;

/** Online state of the county platform and the counts the worker must always be able to see. */
public record StatusSnapshot(boolean online, long pendingRecords, long openConflicts, Optional<Instant> lastSync,
                             boolean checked) {

    /** {@code checked} false: the platform at the current address has not answered yet (neither 在线 nor 离线). */
    public StatusSnapshot(boolean online, long pendingRecords, long openConflicts, Optional<Instant> lastSync) {
        this(online, pendingRecords, openConflicts, lastSync, true);
    }
}
