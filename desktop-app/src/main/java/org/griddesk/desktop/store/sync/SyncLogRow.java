package org.griddesk.desktop.store.sync;

import java.time.Instant;

/** One sync run as logged; {@code finished} and {@code outcome} are null while it runs (or if the app died). */
public record SyncLogRow(long id, Instant started, Instant finished, String outcome, String counters) {
}
