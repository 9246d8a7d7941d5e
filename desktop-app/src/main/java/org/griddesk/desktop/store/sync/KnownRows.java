package org.griddesk.desktop.store.sync;

import java.sql.Connection;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.griddesk.sync.record.RecordKey;

/**
 * Which of some keys had a row in the records table when they were last read in bulk, on the connection of that
 * transaction: the pulled page written right after needs exactly this to choose between insert and update.
 * Forgotten whenever a row is added or removed, and never trusted on another connection (another transaction).
 */
final class KnownRows {

    private record Reading(Connection connection, Set<RecordKey> asked, Set<RecordKey> present) {
    }

    private final ThreadLocal<Reading> last = new ThreadLocal<>();

    void remember(Connection connection, Collection<RecordKey> asked, Collection<RecordKey> present) {
        last.set(new Reading(connection, Set.copyOf(asked), Set.copyOf(present)));
    }

    /** The keys among {@code keys} that have a row, when the last reading on this connection asked about all. */
    Optional<Set<RecordKey>> present(Connection connection, Collection<RecordKey> keys) {
        Reading reading = last.get();
        return reading != null && reading.connection() == connection && reading.asked().containsAll(keys)
                ? Optional.of(reading.present()) : Optional.empty();
    }

    void forget() {
        last.remove();
    }
}
