package org.griddesk.desktop.service.sync;

import java.time.Instant;
import java.util.Optional;

import org.griddesk.sync.session.SyncCounters;

/** One logged sync run; {@code outcome} is empty while it runs (or when the app died during it). */
public record SyncRun(Instant started, Optional<String> outcome, SyncCounters counters) {
}
