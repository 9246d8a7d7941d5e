package org.griddesk.sync.session;

import java.util.Optional;
import java.util.Set;

import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.DeviceStore;

/**
 * Follows the grids the platform announces after a pull. A grid taken from the worker: its records leave the
 * device (those with edits still to push are marked as having left scope and dropped once the platform has the
 * edits), because those records may never change again and so are never announced one by one. A grid given
 * (back): the pull cursor is already past its records, so the pull starts again from the beginning.
 */
final class GridScopeSweep {

    private final DeviceStore store;

    GridScopeSweep(DeviceStore store) {
        this.store = store;
    }

    /**
     * @param pulledFromStart whether this pull began at cursor 0 (then it brought every record in scope)
     * @param heldOnlyFromTheseGrids whether every record held came from pages scoped to exactly these grids (then
     *                               none can lie outside them, and reading all 100,000 to check is spared)
     * @return true when the caller must pull again from the beginning
     */
    boolean afterPull(Set<String> grids, boolean pulledFromStart, boolean heldOnlyFromTheseGrids) {
        Optional<Set<String>> known = store.knownGrids();
        if (known.isPresent() && known.get().equals(grids)) {
            return false;
        }
        boolean gained = known.map(before -> !before.containsAll(grids)).orElse(true) && !pulledFromStart;
        boolean lost = known.map(before -> !grids.containsAll(before)).orElse(true) && !heldOnlyFromTheseGrids;
        store.atomically(() -> {
            if (lost) {
                store.fieldOfEach("grid").forEach((key, grid) -> leaveIfOutside(key, grid, grids));
            }
            if (gained) {
                store.savePullCursor(0);
            }
            store.saveKnownGrids(grids);
        });
        return gained;
    }

    private void leaveIfOutside(RecordKey key, Object grid, Set<String> grids) {
        if (!HeldGrids.outside(grid, grids)) {
            return;
        }
        if (store.pending(key).isEmpty()) {
            store.dropRecord(key);
            return;
        }
        // an edit leaves the device only once the platform has it or the worker discards it: pending edits are
        // pushed first (the platform keeps them for review); refused ones stay, visibly REJECTED, until discarded
        store.setLeftScope(key, true);
    }
}
