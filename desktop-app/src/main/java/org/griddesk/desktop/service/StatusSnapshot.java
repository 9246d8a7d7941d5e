package org.griddesk.desktop.service;

import java.time.Instant;
import java.util.Optional;

/** Online state of the county platform and the counts the worker must always be able to see. */
public record StatusSnapshot(boolean online, long pendingRecords, long openConflicts, Optional<Instant> lastSync) {
}
